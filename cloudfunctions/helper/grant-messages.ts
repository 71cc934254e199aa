import type { OutgoingMessage } from '../lib/ports/notifier';
import type { HelperGrantRecord } from '../lib/ports/records';

/** Beijing time as a parent reads it (UTC+8 all year). */
const beijing = (iso: string): string => {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
};

const who = (g: HelperGrantRecord) => `${g.helperOrganisation}的${g.helperName}`;

/**
 * The parent hears of every change to who can see the family's data (R6.3), and of the first look, so
 * that an authorisation never works unnoticed. Titles fit a subscribe-message `thing` (20 characters).
 */
const WORDING = {
  granted: (g: HelperGrantRecord) => ({
    title: '帮办授权已生效',
    body: `您已授权${who(g)}查看孩子的报名进度和结果，有效期至 ${beijing(g.expiresAt)}。可随时在“帮办授权”中撤销。`,
  }),
  revoked: (g: HelperGrantRecord) => ({
    title: '帮办授权已撤销',
    body: `您已撤销${who(g)}的帮办授权，对方从现在起不能再查看您家的报名信息。`,
  }),
  expired: (g: HelperGrantRecord) => ({
    title: '帮办授权已到期',
    body: `${who(g)}的帮办授权已到期，对方不能再查看您家的报名信息。如仍需协助，可在“帮办授权”中重新授权。`,
  }),
  firstView: (g: HelperGrantRecord) => ({
    title: '帮办员已查看报名进度',
    body: `${who(g)}刚刚按您的授权查看了孩子的报名进度。如非您本意，请在“帮办授权”中立即撤销。`,
  }),
} as const;

export type GrantEvent = keyof typeof WORDING;

export const grantMessage = (event: GrantEvent, g: HelperGrantRecord, at: string): OutgoingMessage => ({
  userId: g.guardianId,
  kind: 'helper_access',
  ...WORDING[event](g),
  at,
});
