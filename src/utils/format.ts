// Dates are shown in Asia/Shanghai (UTC+8, no daylight saving) whatever the device's zone.
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** '2026-07-01' → '2026年7月1日' */
export const formatDate = (isoDate: string): string => {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** '2026-07-01' → '7月1日' */
export const formatShortDate = (isoDate: string): string => {
  const [, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return `${m}月${d}日`;
};

/** An instant → '2026-07-01 09:30' in Beijing time. */
export const formatInstant = (instant: string): string => {
  const t = new Date(Date.parse(instant) + SHANGHAI_OFFSET_MS);
  if (Number.isNaN(t.getTime())) return instant;
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
};

/** Today's date in Beijing, 'YYYY-MM-DD'. */
export const todayInShanghai = (): string =>
  new Date(Date.now() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/**
 * '2026-07-21 09:00' read as Beijing time → an ISO instant; undefined when it is not such a time. Staff type
 * ceremony times this way on a desktop: a text field is quicker there than a picker, and exact.
 */
export const parseBeijingTime = (text: string): string | undefined => {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi) - SHANGHAI_OFFSET_MS;
  const back = new Date(utc + SHANGHAI_OFFSET_MS);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23) return undefined;
  return new Date(utc).toISOString();
};
