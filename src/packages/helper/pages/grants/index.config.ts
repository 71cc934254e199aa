export default definePageConfig({ navigationBarTitleText: '帮办授权' });
