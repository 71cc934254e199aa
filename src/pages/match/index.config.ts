export default definePageConfig({ navigationBarTitleText: '学区匹配' });
