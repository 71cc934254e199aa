export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/login/index',
    'pages/consent/index',
    'pages/child/index',
    'pages/verify/index',
    'pages/address/index',
    'pages/match/index',
    'pages/submit/index',
    'pages/applications/index',
    'pages/school-list/index',
    'pages/school-detail/index',
    'pages/policy-list/index',
    'pages/policy-detail/index',
  ],
  // Staff pages are a subpackage: parents never download them.
  subPackages: [{ root: 'packages/staff', pages: ['pages/review-list/index'] }],
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b6bcb',
    navigationBarTitleText: '入学一件事',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f6fa',
  },
});
