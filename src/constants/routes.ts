/** Every page of the app, so a renamed page breaks the build instead of a link. */
export const ROUTES = {
  home: '/pages/index/index',
  login: '/pages/login/index',
  consent: '/pages/consent/index',
  child: '/pages/child/index',
  verify: '/pages/verify/index',
  address: '/pages/address/index',
  match: '/pages/match/index',
  submit: '/pages/submit/index',
  applications: '/pages/applications/index',
  messages: '/pages/messages/index',
  schoolList: '/pages/school-list/index',
  schoolDetail: '/pages/school-detail/index',
  policyList: '/pages/policy-list/index',
  policyDetail: '/pages/policy-detail/index',
  sharedSeats: '/pages/shared-seats/index',
  reviewList: '/packages/staff/pages/review-list/index',
  staffLogin: '/packages/staff/pages/login/index',
  placement: '/packages/staff/pages/placement/index',
  ceremony: '/packages/staff/pages/ceremony/index',
  helperHome: '/packages/helper/pages/home/index',
  helperFamily: '/packages/helper/pages/family/index',
  helperGrants: '/packages/helper/pages/grants/index',
  drawList: '/packages/public/pages/draw-list/index',
  drawDetail: '/packages/public/pages/draw-detail/index',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];
