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
