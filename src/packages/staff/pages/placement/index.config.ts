export default definePageConfig({ navigationBarTitleText: '录取与摇号' });
