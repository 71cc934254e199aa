export default definePageConfig({ navigationBarTitleText: '学校列表' });
