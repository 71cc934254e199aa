import type { MessageKind } from '../../types';
import type { OutgoingMessage } from '../lib/ports/notifier';
import type { ApplicationRecord } from '../lib/ports/records';

type About = Pick<ApplicationRecord, 'id' | 'appNo' | 'guardianId' | 'childName' | 'status'>;

/**
 * Every message a family receives, worded in one place so that the in-app centre and the WeChat card
 * say the same thing. Titles fit a subscribe-message `thing` keyword (20 characters).
 */
const WORDING: Record<MessageKind, (a: About) => { title: string; body: string }> = {
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

export const messageFor = (kind: MessageKind, app: About, at: string): OutgoingMessage => ({
  userId: app.guardianId,
  kind,
  ...WORDING[kind](app),
  applicationId: app.id,
  appNo: app.appNo,
  at,
});
