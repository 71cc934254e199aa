import type { MessageKind } from '../../types';
import type { OutgoingMessage } from '../lib/ports/notifier';
import type { ApplicationRecord } from '../lib/ports/records';

type About = Pick<ApplicationRecord, 'id' | 'appNo' | 'guardianId' | 'childName' | 'status'>;
/** Kinds about one application; helper authorisations are worded in helper/grant-messages.ts. */
type ApplicationKind = Exclude<MessageKind, 'helper_access'>;

/**
 * Every message a family receives, worded in one place so that the in-app centre and the WeChat card
 * say the same thing. Titles fit a subscribe-message `thing` keyword (20 characters).
 */
const WORDING: Record<ApplicationKind, (a: About) => { title: string; body: string }> = {
  application_received: (a) =>
    a.status === 'pending_verification'
      ? {
          title: '报名已受理（待核验）',
          body: `${a.childName}的报名已受理，报名号 ${a.appNo}。部分部门数据暂不可用，系统会自动重新核验，无需再次操作。`,
        }
      : {
          title: '报名已提交',
          body: `${a.childName}的报名已提交，报名号 ${a.appNo}。请留意审核进度，可在“我的报名”中查看。`,
        },
  verification_completed: (a) => ({
    title: '自动核验已完成',
    body: `${a.childName}的报名（${a.appNo}）已完成部门核验，进入审核。请在“我的报名”中查看，如需补充材料会有提示。`,
  }),
  application_withdrawn: (a) => ({
    title: '报名已撤回',
    body: `${a.childName}的报名（${a.appNo}）已撤回。报名期内可重新报名。`,
  }),
  lottery_result: (a) => ({
    title: '摇号结果已公布',
    body: `${a.childName}的报名（${a.appNo}）摇号结果已公布，请在“我的报名”中查看顺位与录取情况。`,
  }),
};

export const messageFor = (kind: ApplicationKind, app: About, at: string): OutgoingMessage => ({
  userId: app.guardianId,
  kind,
  ...WORDING[kind](app),
  applicationId: app.id,
  appNo: app.appNo,
  at,
});

/** Beijing time as a parent reads it, e.g. 2026年7月24日 14:00 (UTC+8 all year, no daylight saving). */
const beijing = (iso: string): string => {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
};

/**
 * Waitlist movement (issue 4 part 8). These go out as `lottery_result`: they are the draw's result moving,
 * and that kind already has its subscribe-message template in production. `app` may name bound twins
 * together (childName and appNo joined), since an offer is made to the whole unit.
 */
export const offerMessage = (app: About, expiresAt: string, at: string): OutgoingMessage => ({
  ...messageFor('lottery_result', app, at),
  title: '候补递补：学位待确认',
  body: `有录取家庭放弃了学位，${app.childName}（${app.appNo}）按摇号顺位获得递补学位。请在 ${beijing(expiresAt)} 前在“我的摇号”中确认，逾期视为放弃，学位将递补给下一位。`,
});

export const offerLapsedMessage = (app: About, at: string): OutgoingMessage => ({
  ...messageFor('lottery_result', app, at),
  title: '递补学位已过期',
  body: `${app.childName}（${app.appNo}）的递补学位未在期限内确认，已按规定递补给下一位候补。`,
});

/**
 * The season's results (lottery.publish) for families no draw decided: admitted because their category fit,
 * or waitlisted because earlier categories filled the school. Sent as `lottery_result`, the one results
 * template. The reason is the sentence stored with the placement, so the message and the page agree.
 */
export const placementMessage = (app: About, reason: string, at: string): OutgoingMessage => ({
  ...messageFor('lottery_result', app, at),
  title: '录取结果已公布',
  body: `${app.childName}（${app.appNo}）：${reason}详情请在“我的报名”中查看。`,
});
