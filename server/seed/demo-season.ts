import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import type { Season } from '../../types';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The demo's 2026 season. Its age rules are the real kind (6 full years by 31 August 2026); its
 * application window is laid around the day the demo is seeded, so that a newcomer's `npm start`
 * always lands inside it. Tests seed with a fixed clock and get fixed dates.
 */
export const demoSeason = (seededAt: Date): Season => {
  const day = dayjs(seededAt).tz('Asia/Shanghai').startOf('day');
  const d = (offset: number) => day.add(offset, 'day').format('YYYY-MM-DD');
  const closes = day.add(45, 'day').endOf('day');
  return {
    id: '2026',
    name: '2026年云溪区义务教育招生',
    year: 2026,
    ageRules: [
      { stage: 'primary', cutoffDate: '2026-08-31', minAge: 6, overAgeAfterYears: 1 },
      { stage: 'junior', cutoffDate: '2026-08-31', minAge: 11, overAgeAfterYears: 3 },
    ],
    timeline: [
      { key: 'policy', label: '政策发布', start: d(-20), end: d(-15) },
      { key: 'apply', label: '网上报名', start: d(-14), end: d(45) },
      { key: 'review', label: '资格审核', start: d(46), end: d(55) },
      { key: 'lottery', label: '阳光摇号', start: d(58), end: d(58) },
      { key: 'result', label: '录取公示', start: d(60), end: d(66) },
    ],
    applyOpensAt: day.subtract(14, 'day').toISOString(),
    applyClosesAt: closes.toISOString(),
    withdrawDeadline: closes.toISOString(),
  };
};
