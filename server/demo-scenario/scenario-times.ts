import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Season } from '../../types';

dayjs.extend(utc);
dayjs.extend(timezone);

const TZ = 'Asia/Shanghai';
const HOUR_MS = 3600_000;

/**
 * Where the demo moves the clock: 08:30 Beijing time the morning after the withdrawal deadline. The list
 * is final then, and a draw at 09:00 the next day is just over the 24 hours of publication away (the clock
 * keeps running, so a lead of exactly 24 hours from 09:00 would already be too short a moment later).
 */
export const morningAfterWithdrawDeadline = (season: Season): Date =>
  dayjs(season.withdrawDeadline).tz(TZ).add(1, 'day').startOf('day').hour(8).minute(30).toDate();

/** The first full hour at least 24 hours after `now`: a draw time the console can offer to paste. */
export const firstDrawTimeAfter = (now: Date): string =>
  dayjs(now.getTime() + 24 * HOUR_MS)
    .tz(TZ)
    .add(1, 'hour')
    .startOf('hour')
    .format('YYYY-MM-DDTHH:mm:ssZ');
