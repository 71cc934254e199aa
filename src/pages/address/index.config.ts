export default definePageConfig({ navigationBarTitleText: '填写地址' });
