export default definePageConfig({ navigationBarTitleText: '大学区共享学位' });
