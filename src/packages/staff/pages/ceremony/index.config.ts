export default definePageConfig({ navigationBarTitleText: '摇号现场' });
