// The lottery's test season on the demo city: 城南第一小学 (s-south-1) after the withdrawal deadline, with
// applicants written straight into the store (as the verification would have left them).
import type { ApplicationRecord } from '../../../cloudfunctions/lib/ports/records';
import type { CategoryResult, DrawDetail } from '../../../types';
import type { Session, TestRuntime } from './test-runtime';

export const CLASS_1: CategoryResult = {
  ruleId: 'class-1',
  name: '第一类',
  explanation: '户籍与房产均在学区',
  tier: 0,
};
export const AFTER_DEADLINE = '2026-07-20T02:00:00.000Z';
export const SCHEDULED_AT = '2026-07-21T06:00:00.000Z';
export const DRAW_ID = '2026-s-south-1-class-1';
export const RUN = {
  drawId: DRAW_ID,
  publicEntropy: '7306-1952-88',
  notaryAttestation: '经现场监督，摇号程序合法有效。',
};

/** An applicant written directly: another family's application to the same school. */
export const storedApplicant = (i: number, over: Partial<ApplicationRecord> = {}): ApplicationRecord => ({
  id: `app-direct-${i}`,
  appNo: `2026-D${String(i).padStart(5, '0')}`,
  seasonId: '2026',
  stage: 'primary',
  guardianId: `guardian-direct-${i}`,
  childId: `child-direct-${i}`,
  childName: `王同学${i}`,
  childIdMasked: `510703********${String(1000 + i)}`,
  childBlind: `blind-direct-${i}`,
  schoolId: 's-south-1',
  districtId: 'yunxi',
  largeDistrictId: 'ld-south',
  basis: 'hukou',
  hukouAddress: { district: '云溪区' },
  residenceAddress: { district: '云溪区' },
  zoneMatch: { status: 'matched', candidates: [], needsManualConfirmation: false, reason: '' },
  eligibility: { status: 'eligible', message: '' },
  status: 'approved',
  timeline: [],
  category: CLASS_1,
  idempotencyKey: `direct-${i}`,
  requestHash: 'h',
  submittedAt: '2026-06-02T00:00:00.000Z',
  updatedAt: '2026-06-02T00:00:00.000Z',
  ...over,
});

/** Moves the clock and logs in again (a session token does not outlive a clock jump of weeks). */
export const at = async (rt: TestRuntime, iso: string, subject = 'ceremony-admin'): Promise<Session> => {
  rt.clock.set(iso);
  return rt.login('admin', { subject });
};

export const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? null : r.error?.code);

/** Schedules the class-1 draw after the deadline and runs it on the day before a notary. */
export const runCeremony = async (rt: TestRuntime): Promise<DrawDetail> => {
  const admin = await at(rt, AFTER_DEADLINE);
  await admin.ok('lottery', 'schedule', {
    seasonId: '2026',
    schoolId: 's-south-1',
    tier: 'class-1',
    scheduledAt: SCHEDULED_AT,
  });
  const onTheDay = await at(rt, SCHEDULED_AT);
  await onTheDay.ok('lottery', 'addObserver', { drawId: DRAW_ID, name: '钱公正', role: '公证员' });
  return onTheDay.ok('lottery', 'run', RUN);
};
