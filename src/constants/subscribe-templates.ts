/**
 * WeChat subscribe-message template ids the parent is asked to accept right before submitting: one
 * acceptance lets the `notify` function send one card (受理, then 核验完成 or 撤回). Empty on purpose:
 * the deploy fills them from the templates approved in the mini-program console (docs/deploy.md §7),
 * the same ids as the functions' SUBSCRIBE_TEMPLATE_* variables. An empty id is never asked for.
 */
export const APPLICATION_TEMPLATES = {
  /** 报名结果通知: SUBSCRIBE_TEMPLATE_APPLICATION_RECEIVED */
  applicationReceived: '',
  /** 审核结果通知: SUBSCRIBE_TEMPLATE_VERIFICATION_COMPLETED */
  verificationCompleted: '',
  /** SUBSCRIBE_TEMPLATE_APPLICATION_WITHDRAWN */
  applicationWithdrawn: '',
};

/** The distinct, filled-in ids (WeChat takes at most 3 per request). */
export const applicationTemplateIds = (): string[] =>
  [...new Set(Object.values(APPLICATION_TEMPLATES).filter(Boolean))].slice(0, 3);
