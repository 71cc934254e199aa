export default definePageConfig({ navigationBarTitleText: '帮办服务' });
