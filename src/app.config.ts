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
    'pages/messages/index',
    'pages/school-list/index',
    'pages/school-detail/index',
    'pages/policy-list/index',
    'pages/policy-detail/index',
    'pages/shared-seats/index',
  ],
  // Staff pages are a subpackage: parents never download them. The public lottery pages carry the
  // in-app verifier (domain/lottery), so they are one too: only those who open them download it.
  subPackages: [
    {
      root: 'packages/staff',
      pages: [
        'pages/review-list/index',
        'pages/placement/index',
        'pages/ceremony/index',
        'pages/login/index',
      ],
    },
    { root: 'packages/public', pages: ['pages/draw-list/index', 'pages/draw-detail/index'] },
    // Helpers' pages and the parent's 帮办授权: most parents never open either.
    {
      root: 'packages/helper',
      pages: ['pages/home/index', 'pages/family/index', 'pages/grants/index'],
    },
  ],
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b6bcb',
    navigationBarTitleText: '入学一件事',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f6fa',
  },
});
