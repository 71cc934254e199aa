export default definePageConfig({ navigationBarTitleText: '家庭报名进度' });
