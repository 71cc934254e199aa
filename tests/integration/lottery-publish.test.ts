// Publishing a season's results (lottery.publish) after its ceremonies, and the console's overview of the
// plan. 城南第一小学 (capacity 4): green channel 1 child (fits), class 1 six families for 3 seats (drawn),
// class 2 one family (the school is full by then). 城南第二小学: one class-1 family (fits).
import type { PlacementOverview } from '../../types';
import {
  AFTER_DEADLINE,
  at,
  codeOf,
  DRAW_ID,
  runCeremony,
  storedApplicant,
  CLASS_1,
} from './support/lottery-season';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => {
  rt = await startTestRuntime();
  const school = (await rt.ports.store.catalog.getSchool('s-south-1'))!;
  await rt.ports.store.catalog.putSchool({ ...school, capacity: 4 });
  for (let i = 1; i <= 6; i++) await rt.ports.store.applications.insert(storedApplicant(i));
  await rt.ports.store.applications.insert(
    storedApplicant(7, { greenChannel: { kind: 'military', detail: '军人子女' } }),
  );
  await rt.ports.store.applications.insert(
    storedApplicant(9, { category: { ...CLASS_1, ruleId: 'class-2', name: '第二类', tier: 1 } }),
  );
  await rt.ports.store.applications.insert(storedApplicant(10, { schoolId: 's-south-2' }));
});
afterEach(() => rt.close());

const statusOf = async (i: number) => (await rt.ports.store.applications.get(`app-direct-${i}`))!;
const tiersOf = (o: PlacementOverview, schoolId: string) =>
  o.schools.find((s) => s.schoolId === schoolId)!.tiers.map((t) => [t.tier, t.children, t.remaining, t.fate]);

describe('the placement overview', () => {
  it('shows each tier’s head count, the seats left for it and whether it is admitted whole, drawn or full', async () => {
    const before = await (await rt.login('admin')).ok('lottery', 'overview', {});
    expect(before.listFinal).toBe(false);
    expect(before.blockers[0]).toContain('撤回截止');
    expect(tiersOf(before, 's-south-1').slice(0, 3)).toEqual([
      ['green', 1, 4, 'whole'],
      ['class-1', 6, 3, 'draw'],
      ['class-2', 1, 0, 'full'],
    ]);
    expect(tiersOf(before, 's-south-2')[1]).toEqual(['class-1', 1, 180, 'whole']);
    expect(before).toMatchObject({ drawsNeeded: 1, drawsScheduled: 0, drawsDone: 0, placed: 9, decided: 0 });

    await runCeremony(rt);
    const after = await (
      await at(rt, '2026-07-22T00:00:00.000Z')
    ).ok('lottery', 'overview', { seasonId: '2026' });
    expect(after).toMatchObject({
      listFinal: true,
      drawsNeeded: 1,
      drawsScheduled: 1,
      drawsDone: 1,
      blockers: [],
    });
    expect(after.schools.find((s) => s.schoolId === 's-south-1')!.tiers[1]!.draw).toMatchObject({
      drawId: DRAW_ID,
      status: 'drawn',
    });
    expect(after.decided).toBe(6);
  });

  it('is for administrators of the district only', async () => {
    for (const role of ['parent', 'reviewer', 'helper'] as const) {
      expect(codeOf(await (await rt.login(role)).call('lottery', 'overview', {}))).toBe('AUTH.FORBIDDEN');
    }
    const elsewhere = await rt.login('admin', { subject: 'other-district', districtId: 'nowhere' });
    const o = await elsewhere.ok('lottery', 'overview', {});
    expect(o.schools).toEqual([]);
  });
});

describe('publishing the results', () => {
  it('refuses before the deadline and before every needed draw has run, writing nothing', async () => {
    expect(codeOf(await (await rt.login('admin')).call('lottery', 'publish', { seasonId: '2026' }))).toBe(
      'LOTTERY.LIST_NOT_FINAL',
    );
    const admin = await at(rt, AFTER_DEADLINE);
    const r = await admin.call('lottery', 'publish', { seasonId: '2026' });
    expect(r).toMatchObject({ ok: false, error: { code: 'LOTTERY.DRAWS_PENDING' } });
    expect(r.ok ? '' : r.error.message).toContain('城南第一小学');
    expect((await statusOf(7)).status).toBe('approved');
    expect(await rt.ports.store.audit.list({ action: 'lottery.publish' })).toEqual([]);
  });

  it('refuses while an application still waits for the departments', async () => {
    await rt.ports.store.applications.insert(
      storedApplicant(11, { status: 'pending_verification', category: undefined }),
    );
    const admin = await at(rt, AFTER_DEADLINE);
    expect(codeOf(await admin.call('lottery', 'publish', { seasonId: '2026' }))).toBe(
      'LOTTERY.VERIFICATION_PENDING',
    );
    const scheduled = await admin.call('lottery', 'schedule', {
      seasonId: '2026',
      schoolId: 's-south-1',
      tier: 'class-1',
      scheduledAt: '2026-07-21T06:00:00.000Z',
    });
    expect(codeOf(scheduled)).toBe('LOTTERY.VERIFICATION_PENDING');
  });

  it('admits tiers that fit, keeps the draw’s results, waitlists the tier that found the school full — once', async () => {
    const draw = await runCeremony(rt);
    const admin = await at(rt, '2026-07-22T00:00:00.000Z');
    const report = await admin.ok('lottery', 'publish', { seasonId: '2026' });
    // 7 (green) and 10 (other school) admitted, 9 waitlisted; the six drawn ones were decided by the draw.
    expect(report).toEqual({ admitted: 2, waitlisted: 1, unchanged: 6, messages: 3, recordsChecked: 1 });

    const green = await statusOf(7);
    expect(green.status).toBe('admitted');
    expect(green.placement).toMatchObject({
      schoolId: 's-south-1',
      status: 'admitted',
      tierName: '绿色通道',
    });
    expect(green.placement!.reason).toContain('无需摇号');
    expect(green.timeline.at(-1)).toMatchObject({ status: 'admitted', note: green.placement!.reason });
    const full = await statusOf(9);
    expect(full).toMatchObject({ status: 'waitlisted', placement: { status: 'waitlisted' } });
    expect(full.placement!.reason).toContain('名额已满');
    expect((await statusOf(10)).status).toBe('admitted');
    for (let i = 1; i <= 6; i++) {
      const drawn = await statusOf(i);
      expect(drawn.placement).toBeUndefined();
      expect(drawn.status).toBe(draw.record!.admitted.includes(drawn.appNo) ? 'admitted' : 'waitlisted');
    }
    const messages = await rt.ports.store.messages.listForUser('guardian-direct-7', 50);
    expect(messages.map((m) => m.title)).toContain('录取结果已公布');
    expect(await rt.ports.store.audit.list({ action: 'lottery.publish' })).toHaveLength(2);

    const again = await admin.ok('lottery', 'publish', { seasonId: '2026' });
    expect(again).toEqual({ admitted: 0, waitlisted: 0, unchanged: 9, messages: 0, recordsChecked: 1 });
  });

  it('gives two administrators publishing at once one result, and neither a system error', async () => {
    await runCeremony(rt);
    const [first, second] = await Promise.all([
      at(rt, '2026-07-22T00:00:00.000Z'),
      rt.login('admin', { subject: 'second-admin' }),
    ]);
    const reports = await Promise.all(
      [first, second].map((a) => a.call('lottery', 'publish', { seasonId: '2026' })),
    );
    expect(reports.map((r) => r.ok)).toEqual([true, true]);
    const admitted = reports.reduce((n, r) => n + (r.ok ? (r.data as { admitted: number }).admitted : 0), 0);
    expect(admitted).toBe(2);
    const messages = await rt.ports.store.messages.listForUser('guardian-direct-7', 50);
    expect(messages.filter((m) => m.title === '录取结果已公布')).toHaveLength(1);
    expect((await statusOf(7)).timeline.filter((t) => t.status === 'admitted')).toHaveLength(1);
  });

  it('writes nothing when a ceremony’s stored inputs no longer reproduce its published record', async () => {
    await runCeremony(rt);
    const stored = (await rt.ports.store.draws.get(DRAW_ID))!;
    const units = [...stored.units].reverse().slice(1);
    await rt.ports.store.draws.update({ ...stored, units }, 'drawn');
    const admin = await at(rt, '2026-07-22T00:00:00.000Z');
    const r = await admin.call('lottery', 'publish', { seasonId: '2026' });
    expect(r.ok).toBe(false);
    expect((await statusOf(7)).status).toBe('approved');
  });
});
