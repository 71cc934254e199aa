export default definePageConfig({ navigationBarTitleText: '招生政策' });
