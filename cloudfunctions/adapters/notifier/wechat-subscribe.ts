import type { MessageKind } from '../../../types';
import type { Notifier } from '../../lib/ports/notifier';
import type { MessageRecord } from '../../lib/ports/records';
import { writeToOutbox } from './outbox';
import type { SubscribeSendRequest, WxSubscribeClient } from './wx-subscribe-client';

export interface SubscribeConfig {
  /** Template id per kind (SUBSCRIBE_TEMPLATE_*); a kind without one stays in-app only. */
  templates: Partial<Record<MessageKind, string>>;
  /** 我的报名: where tapping the card leads. */
  page: string;
  miniprogramState: SubscribeSendRequest['miniprogram_state'];
}

export const MY_APPLICATIONS_PAGE = 'pages/applications/index';

/** WeChat: "用户拒绝接受消息" — never subscribed, used up the one-time subscription, or unsubscribed. */
export const NOT_SUBSCRIBED = 43101;

/** A `thing` keyword takes at most 20 characters, `character_string` 32 (the template rules). */
const clip = (s: string, n: number) => ([...s].length <= n ? s : `${[...s].slice(0, n - 1).join('')}…`);

/** `time` keywords read like 2026年6月1日 10:00, in Beijing time whatever the function's zone. */
const beijingTime = (iso: string) => {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hm}`;
};

/**
 * Every template is chosen with the same four keywords (docs/deploy.md lists them), so one layout serves
 * every kind: 事项 thing1, 报名号 character_string2, 时间 time3, 说明 thing4.
 */
export const templateData = (m: MessageRecord): SubscribeSendRequest['data'] => ({
  thing1: { value: clip(m.title, 20) },
  character_string2: { value: clip(m.appNo ?? '-', 32) },
  time3: { value: beijingTime(m.at) },
  thing4: { value: clip(m.body, 20) },
});

/** The production Notifier: outbox in the database, delivery as a WeChat subscribe message. */
export const createWechatSubscribeNotifier = (
  client: WxSubscribeClient,
  config: SubscribeConfig,
): Notifier => ({
  notify: writeToOutbox,
  deliver: async (m, recipient) => {
    const templateId = config.templates[m.kind];
    if (!templateId) return { outcome: 'skipped', reason: `no template for ${m.kind}` };
    if (recipient?.provider !== 'wechat') return { outcome: 'skipped', reason: 'no WeChat identity' };
    try {
      const { errcode, errmsg } = await client.send({
        touser: recipient.subject,
        template_id: templateId,
        page: m.applicationId ? `${config.page}?applicationId=${m.applicationId}` : config.page,
        data: templateData(m),
        miniprogram_state: config.miniprogramState,
        lang: 'zh_CN',
      });
      if (errcode === 0) return { outcome: 'sent', channel: 'wechat' };
      if (errcode === NOT_SUBSCRIBED) return { outcome: 'skipped', reason: `${errcode} ${errmsg}` };
      return { outcome: 'failed', error: `${errcode} ${errmsg}` };
    } catch (e) {
      return { outcome: 'failed', error: e instanceof Error ? e.message : String(e) };
    }
  },
});
