export default definePageConfig({ navigationBarTitleText: '一键核验' });
