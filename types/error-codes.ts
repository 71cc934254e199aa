/**
 * Stable error codes. Clients and other teams script against these strings, so a code is never renamed;
 * the Chinese message is the default shown to people and always says what to do next.
 */
export const ERROR_CODES = {
  'INPUT.INVALID': { status: 400, message: '填写的信息有误，请按提示修改后再提交。' },
  'INPUT.MALFORMED_JSON': { status: 400, message: '请求格式不正确（不是有效的 JSON），请刷新页面后重试。' },
  'INPUT.TOO_LARGE': { status: 413, message: '提交的内容过大，请精简后重试。' },
  'API.UNKNOWN_FUNCTION': { status: 404, message: '请求的服务不存在，请更新小程序后重试。' },
  'API.UNKNOWN_ACTION': { status: 404, message: '请求的操作不存在，请更新小程序后重试。' },
  'AUTH.UNAUTHENTICATED': { status: 401, message: '登录已失效，请重新登录。' },
  'AUTH.FORBIDDEN': { status: 403, message: '您的账号没有权限进行此操作。' },
  'AUTH.DEV_LOGIN_DISABLED': { status: 403, message: '开发登录仅在本地模式可用，请使用微信登录。' },
  'AUTH.LOGIN_FAILED': { status: 401, message: '登录名或密码不正确，请核对后重试。' },
  'AUTH.LOCKED': {
    status: 429,
    message: '密码错误次数过多，账号已暂时锁定，请稍后再试或联系管理员重设密码。',
  },
  'AUTH.ACCOUNT_DISABLED': { status: 403, message: '该账号已停用，请联系本区管理员。' },
  'AUTH.WEB_LOGIN_UNAVAILABLE': {
    status: 503,
    message: '网页登录尚未配置，请联系系统运维人员（需配置自定义登录私钥）。',
  },
  'STAFF.LOGIN_NAME_TAKEN': { status: 409, message: '这个登录名已被使用，请换一个。' },
  'STAFF.CANNOT_DISABLE_SELF': { status: 409, message: '不能停用自己的账号，请由另一位管理员操作。' },
  'CONSENT.REQUIRED': {
    status: 403,
    message: '请先阅读并同意《监护人授权与隐私保护说明》，再填写孩子信息。',
  },
  'GUARDIAN.ID_INVALID': { status: 400, message: '监护人身份证号码有误，请核对后重新输入。' },
  'GUARDIAN.ID_REQUIRED': { status: 400, message: '一键核验需要监护人本人的身份证号码（只需填写一次）。' },
  'VERIFY.MATERIAL_NOT_NEEDED': { status: 409, message: '这一项已由部门数据核验，无需上传材料。' },
  'VERIFY.MATERIAL_INVALID': { status: 400, message: '照片文件无法识别，请重新拍照或选择 JPG/PNG 照片。' },
  'VERIFY.MATERIAL_REQUIRED': { status: 409, message: '有核验项需要补充材料，请先上传后再提交报名。' },
  'CHILD.ID_INVALID': { status: 400, message: '身份证号码有误，请核对后重新输入。' },
  'CHILD.ALREADY_ADDED': { status: 409, message: '这个孩子已经添加过了，请在“我的孩子”中直接选择。' },
  'CHILD.NOT_ELIGIBLE': { status: 409, message: '孩子尚未达到本次招生的入学年龄。' },
  'CHILD.DUPLICATE_APPLICATION': {
    status: 409,
    message: '该儿童本季已有一份有效报名，不能重复报名。如需更改，请先撤回原报名。',
  },
  'ZONE.NO_MATCH': {
    status: 409,
    message: '未能根据地址匹配到学区，请核对地址，或联系区教育局招生办人工确认。',
  },
  'APPLICATION.SCHOOL_NOT_IN_ZONE': {
    status: 409,
    message: '所选学校不在孩子地址对应的学区内，请从匹配结果中选择学校。',
  },
  'APPLICATION.IDEMPOTENCY_CONFLICT': {
    status: 409,
    message: '同一提交编号对应了不同的内容，请刷新页面后重新提交。',
  },
  'APPLICATION.NOT_WITHDRAWABLE': { status: 409, message: '当前状态或时间不允许撤回报名。' },
  'BINDING.INVALID': { status: 409, message: '这些报名不能绑定，请按提示检查后重试。' },
  'LOTTERY.TIER_UNKNOWN': {
    status: 409,
    message: '本招生季没有这个入学类别，请从类别表中选择（绿色通道为 green）。',
  },
  'LOTTERY.LIST_NOT_FINAL': {
    status: 409,
    message: '报名和撤回尚未截止，摇号名单还可能变化；请在截止后再安排摇号。',
  },
  'LOTTERY.NOT_NEEDED': {
    status: 409,
    message: '这所学校该类别的报名人数未超过剩余学位，全部录取，无需摇号。',
  },
  'LOTTERY.ALREADY_SCHEDULED': {
    status: 409,
    message: '这所学校该类别的摇号已经安排，请在摇号列表中查看，不能重复安排。',
  },
  'LOTTERY.LEAD_TOO_SHORT': {
    status: 409,
    message: '摇号时间须在公示名单和承诺值至少 24 小时之后，请选择更晚的时间。',
  },
  'LOTTERY.ALREADY_DRAWN': {
    status: 409,
    message: '这场摇号已经完成，结果以公示记录为准，不能再次摇号或更改。',
  },
  'LOTTERY.TOO_EARLY': { status: 409, message: '还没到公示的摇号时间，请在预定时间到达后再开始摇号。' },
  'LOTTERY.NOTARY_REQUIRED': { status: 409, message: '摇号须有公证员在场，请先登记公证员，再开始摇号。' },
  'LOTTERY.OBSERVERS_FULL': { status: 409, message: '观察员已登记满 30 人，不能再增加。' },
  'LOTTERY.NOT_DECLINABLE': {
    status: 409,
    message: '只有经摇号录取、尚未放弃的报名可以放弃学位。',
  },
  'LOTTERY.NO_OPEN_OFFER': {
    status: 409,
    message: '这份报名目前没有待确认的递补学位，或确认期限已过。',
  },
  'LOTTERY.VERIFICATION_PENDING': {
    status: 409,
    message: '还有报名在等待部门核验，类别尚未确定；请等自动核验完成（或人工处理）后再安排摇号或公布结果。',
  },
  'LOTTERY.DRAWS_PENDING': {
    status: 409,
    message: '还有需要摇号的学校尚未完成摇号；请在录取总览中完成每一场摇号后再公布结果。',
  },
  'HELPER.ALREADY_GRANTED': {
    status: 409,
    message: '您已授权这位帮办员，授权仍在有效期内。如需更改期限，请先撤销，再重新授权。',
  },
  'HELPER.TOO_MANY_GRANTS': {
    status: 409,
    message: '同时有效的帮办授权最多 3 个，请先撤销不再需要的授权。',
  },
  'HELPER.GRANT_EXPIRED': {
    status: 403,
    message: '家长的授权已到期，不能再查看这个家庭的信息。如仍需协助，请家长在“帮办授权”中重新授权。',
  },
  'HELPER.GRANT_REVOKED': {
    status: 403,
    message: '家长已撤销授权，不能再查看这个家庭的信息。如仍需协助，请联系家长重新授权。',
  },
  'NOT_FOUND.HELPER': {
    status: 404,
    message: '没有找到这个帮办码，请让帮办员打开“帮办服务”页面核对后重新告诉您。',
  },
  'NOT_FOUND.GRANT': { status: 404, message: '找不到这条授权，请刷新授权列表后重试。' },
  'NOT_FOUND.FAMILY': {
    status: 404,
    message: '找不到这个家庭，或家长没有授权您查看。请刷新列表；需要协助时请家长在“帮办授权”中授权。',
  },
  'LOTTERY.SHARED_CLOSED': {
    status: 409,
    message: '大学区共享学位摇号已经安排或结果已确定，申请不能再提交、修改或取消。',
  },
  'LOTTERY.SHARED_NOT_ELIGIBLE': {
    status: 409,
    message: '这份报名已录取、已撤回或未通过审核，不能申请共享学位。',
  },
  'NOT_FOUND.DRAW': { status: 404, message: '找不到这场摇号，请返回摇号公示列表刷新后重试。' },
  'SEASON.CLOSED': { status: 409, message: '当前不在报名时间内，请关注招生日程。' },
  'NOT_FOUND.SEASON': { status: 404, message: '招生季不存在，请刷新后重试。' },
  'NOT_FOUND.SCHOOL': { status: 404, message: '学校不存在，请从列表中重新选择。' },
  'NOT_FOUND.POLICY': { status: 404, message: '政策文件不存在或已下线。' },
  'NOT_FOUND.CHILD': { status: 404, message: '找不到这个孩子的信息，请重新添加。' },
  'NOT_FOUND.VERIFICATION': { status: 404, message: '找不到核验记录，请重新发起一键核验。' },
  'NOT_FOUND.APPLICATION': { status: 404, message: '找不到这份报名，请刷新后重试。' },
  'NOT_FOUND.MESSAGE': { status: 404, message: '找不到这条消息，请刷新消息列表。' },
  'NOT_FOUND.STAFF': { status: 404, message: '找不到这个工作人员账号，请核对登录名。' },
  'RATE.LIMITED': { status: 429, message: '操作太频繁，请稍后再试。' },
  'INTERNAL.ERROR': { status: 500, message: '系统繁忙，请稍后再试。如持续出现，请拨打招生咨询电话。' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const errorStatus = (code: ErrorCode): number => ERROR_CODES[code].status;
