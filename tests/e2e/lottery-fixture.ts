// Draws for case (i) made with the real algorithm (domain/lottery), for the pages the E2E server cannot
// produce: its clock is real, and the demo season's withdrawal deadline lies weeks ahead, so
// `lottery.schedule` refuses (LOTTERY.LIST_NOT_FINAL) and no draw can run within the test.
import { canonicalUnits, recordSchoolDraw, type SchoolDrawRecord } from '../../domain/lottery';

const SCHOOL = { seasonId: '2026', schoolId: 's-south-1', schoolName: '城南第一小学', tier: 'class-1' };
const TIER_NAME = '第一类';
const appNo = (i: number) => `2026-L${String(i).padStart(5, '0')}`;

/** 12 units for 5 seats; units 3 and 4 are bound twins (one unit of two). */
const UNITS: string[][] = [[appNo(1)], [appNo(2)], [appNo(3), appNo(4)]].concat(
  Array.from({ length: 9 }, (_, i) => [appNo(i + 5)]),
);

export const DRAWN_ID = '2026-s-south-1-class-1';
export const COMMITTED_ID = '2026-s-north-1-class-1';
export const TAMPERED_ID = '2026-s-east-1-class-1';

const drawFor = (drawId: string): SchoolDrawRecord =>
  recordSchoolDraw({
    drawId,
    seats: 5,
    units: UNITS,
    secret: 'e2e-secret-0123456789abcdef0123456789abcdef',
    publicEntropy: 'ssq-2026091-07-12-19-23-28-31-05',
  });

export const drawnRecord = drawFor(DRAWN_ID);

const base = (drawId: string, status: 'committed' | 'drawn', record: SchoolDrawRecord) => ({
  ...SCHOOL,
  drawId,
  tierName: TIER_NAME,
  scheduledAt: '2026-07-21T06:00:00.000Z',
  status,
  statusLabel: status === 'drawn' ? '已摇号' : '已公示，待摇号',
  listHash: record.listHash,
  commitment: record.commitment,
  seats: record.seats,
  unitCount: record.units.length,
  applicantCount: record.units.flat().length,
  ...(status === 'drawn' ? { drawnAt: '2026-07-21T06:05:00.000Z' } : {}),
});

const detail = (drawId: string, status: 'committed' | 'drawn', record: SchoolDrawRecord) => ({
  ...base(drawId, status, record),
  canonicalList: canonicalUnits(record.units).map((u) => u.key),
  observers:
    status === 'drawn'
      ? [
          { name: '周明', role: '人大代表' },
          { name: '吴芳', role: '家长代表' },
          { name: '郑强', role: '公证员' },
        ]
      : [],
  ...(status === 'drawn'
    ? { record, notaryAttestation: '经现场监督，本次摇号程序合法，结果真实有效。' }
    : {}),
});

/** A published ranking with its first two units swapped: the phone must catch it. */
const honest = drawFor(TAMPERED_ID);
const tampered: SchoolDrawRecord = {
  ...honest,
  ranking: [honest.ranking[1]!, honest.ranking[0]!, ...honest.ranking.slice(2)],
};

export const DETAILS: Record<string, unknown> = {
  [DRAWN_ID]: detail(DRAWN_ID, 'drawn', drawnRecord),
  [COMMITTED_ID]: { ...detail(COMMITTED_ID, 'committed', drawnRecord), schoolName: '城北实验小学' },
  [TAMPERED_ID]: { ...detail(TAMPERED_ID, 'drawn', tampered), schoolName: '城东小学' },
};

export const LIST = [
  { ...base(COMMITTED_ID, 'committed', drawnRecord), schoolName: '城北实验小学' },
  base(DRAWN_ID, 'drawn', drawnRecord),
];

/** The rank of an application number in the drawn record, as the page must show it. */
export const rankOf = (no: string) => drawnRecord.ranking.findIndex((key) => key.split('+').includes(no)) + 1;

export const someAppNo = appNo(7);

export const myDraw = (no: string) => {
  const rank = rankOf(no);
  const admitted = drawnRecord.admitted.includes(no);
  return {
    applicationId: 'app-e2e-lottery',
    appNo: no,
    drawId: DRAWN_ID,
    schoolName: SCHOOL.schoolName,
    tier: SCHOOL.tier,
    tierName: TIER_NAME,
    rank,
    of: drawnRecord.ranking.length,
    seats: drawnRecord.seats,
    result: admitted ? 'admitted' : 'waitlisted',
    resultLabel: admitted ? '摇号录取' : '摇号候补',
    ...(admitted ? {} : { waitlistPosition: drawnRecord.waitlist.indexOf(no) + 1 }),
    unit: [no],
    reason: `第一类报名人数超过剩余学位（${drawnRecord.seats} 个），由公开摇号决定顺位`,
    drawnAt: '2026-07-21T06:05:00.000Z',
  };
};
