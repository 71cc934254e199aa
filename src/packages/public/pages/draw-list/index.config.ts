export default definePageConfig({ navigationBarTitleText: '阳光摇号公示' });
