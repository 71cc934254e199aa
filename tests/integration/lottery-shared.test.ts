// The large district's shared seats (R2.2): a family asks for other schools of its 大学区 in order; after the
// school draws, units still waiting that asked enter the shared round over the schools' spare seats; the
// round has its own ceremony; publishing the results places them. 城南第一小学 (capacity 4): green 1,
// class 1: six stored families and one that applies through the functions, for 3 seats.
import type { WaitlistedDraw } from '../../cloudfunctions/lottery/waitlist';
import { idNumberOf, applicationFor } from './support/demo-family';
import { AFTER_DEADLINE, at, CLASS_1, codeOf, runCeremony, storedApplicant } from './support/lottery-season';
import { startTestRuntime, type Session, type TestRuntime } from './support/test-runtime';

const SHARED_ID = '2026-ld-south-shared';
const SOUTH_2 = { schoolIds: ['s-south-2'], schoolNames: ['云溪区南湖小学'], at: '2026-06-03T00:00:00.000Z' };

let rt: TestRuntime;
let parent: Session;
let appId: string;
beforeEach(async () => {
  rt = await startTestRuntime();
  const school = (await rt.ports.store.catalog.getSchool('s-south-1'))!;
  await rt.ports.store.catalog.putSchool({ ...school, capacity: 4 });
  for (let i = 1; i <= 6; i++)
    await rt.ports.store.applications.insert(storedApplicant(i, { sharedChoice: SOUTH_2 }));
  await rt.ports.store.applications.insert(
    storedApplicant(7, { greenChannel: { kind: 'military', detail: '军人子女' } }),
  );
  parent = await rt.login('parent', { subject: 'shared-parent' });
  await parent.ok('enroll', 'acceptConsent', { version: '2026-1', guardianName: '陈立' });
  const child = await parent.ok('enroll', 'addChild', {
    name: '陈小满',
    idNumber: idNumberOf('2020-04-02', '151'),
  });
  const app = await parent.ok('enroll', 'submit', applicationFor(child.id));
  appId = app.id;
  const stored = (await rt.ports.store.applications.get(appId))!;
  await rt.ports.store.applications.update({ ...stored, category: CLASS_1 }, stored.status);
});
afterEach(() => rt.close());

/** The shared round's ceremony on its day, before a notary. */
const runSharedRound = async () => {
  const onTheDay = await at(rt, '2026-07-23T06:00:00.000Z');
  await onTheDay.ok('lottery', 'addObserver', { drawId: SHARED_ID, name: '钱公正', role: '公证员' });
  const drawn = await onTheDay.ok('lottery', 'run', {
    drawId: SHARED_ID,
    publicEntropy: '8817-22',
    notaryAttestation: '共享学位摇号程序合法有效。',
  });
  return { onTheDay, drawn };
};

/** The school draw, then the large district's shared round scheduled and drawn. */
const drawSharedRound = async () => {
  const school = await runCeremony(rt);
  const admin = await at(rt, '2026-07-22T00:00:00.000Z');
  await admin.ok('lottery', 'scheduleShared', {
    seasonId: '2026',
    largeDistrictId: 'ld-south',
    scheduledAt: '2026-07-23T06:00:00.000Z',
  });
  return { school, ...(await runSharedRound()) };
};

describe('asking for shared seats', () => {
  it('takes schools of the own large district and stage, in order, names them, and can be cancelled', async () => {
    const refused = await parent.call('lottery', 'requestShared', {
      applicationId: appId,
      schoolIds: ['s-south-1', 's-north-1', 'j-south'],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'INPUT.INVALID',
        issues: [
          { path: ['schoolIds', 0], message: '这是孩子已报名的学校，不必再选' },
          { path: ['schoolIds', 1], message: '只能选择本大学区的学校' },
          { path: ['schoolIds', 2], message: '学段与报名不一致' },
        ],
      },
    });
    const twice = await parent.call('lottery', 'requestShared', {
      applicationId: appId,
      schoolIds: ['s-south-2', 's-south-2'],
    });
    expect(codeOf(twice)).toBe('INPUT.INVALID');
    expect((await rt.ports.store.applications.get(appId))!.sharedChoice).toBeUndefined();

    const choice = await parent.ok('lottery', 'requestShared', {
      applicationId: appId,
      schoolIds: ['s-south-3', 's-south-2'],
    });
    expect(choice).toMatchObject({
      schoolIds: ['s-south-3', 's-south-2'],
      schoolNames: ['云溪区城南实验小学', '云溪区南湖小学'],
    });
    const [view] = await parent.ok('enroll', 'listMine', {});
    expect(view!.sharedChoice).toMatchObject({ schoolIds: ['s-south-3', 's-south-2'] });
    expect(await rt.ports.store.audit.list({ action: 'lottery.request_shared' })).toHaveLength(1);

    const stranger = await rt.login('parent', { subject: 'someone-else' });
    expect(codeOf(await stranger.call('lottery', 'cancelShared', { applicationId: appId }))).toBe(
      'NOT_FOUND.APPLICATION',
    );
    await parent.ok('lottery', 'cancelShared', { applicationId: appId });
    expect((await rt.ports.store.applications.get(appId))!.sharedChoice).toBeUndefined();
    for (const role of ['reviewer', 'admin', 'helper'] as const) {
      const other = await rt.login(role);
      expect(
        codeOf(
          await other.call('lottery', 'requestShared', { applicationId: appId, schoolIds: ['s-south-2'] }),
        ),
      ).toBe('AUTH.FORBIDDEN');
    }
  });
});

describe('the shared round', () => {
  const scheduleShared = (admin: Session) =>
    admin.call('lottery', 'scheduleShared', {
      seasonId: '2026',
      largeDistrictId: 'ld-south',
      scheduledAt: '2026-07-23T06:00:00.000Z',
    });

  it('waits for the school draws, then commits the entrants still waiting and the spare seats; requests close', async () => {
    await parent.ok('lottery', 'requestShared', {
      applicationId: appId,
      schoolIds: ['s-south-3', 's-south-2'],
    });
    const early = await at(rt, AFTER_DEADLINE);
    expect(codeOf(await scheduleShared(early))).toBe('LOTTERY.DRAWS_PENDING');

    const school = await runCeremony(rt);
    const waiting = school.record!.ranking.filter(
      (key) => !school.record!.admitted.includes(key.split('+')[0]!),
    );
    const admin = await at(rt, '2026-07-22T00:00:00.000Z');
    const o = await admin.ok('lottery', 'overview', { seasonId: '2026' });
    expect(o.shared.find((s) => s.largeDistrictId === 'ld-south')).toMatchObject({
      requests: 7,
      entrants: waiting.length,
      needed: true,
    });
    expect(o.blockers).toContain('城南学区的共享学位摇号尚未完成。');
    const tooSoon = await admin.call('lottery', 'publish', { seasonId: '2026' });
    expect(tooSoon).toMatchObject({ ok: false, error: { code: 'LOTTERY.DRAWS_PENDING' } });
    expect(tooSoon.ok ? '' : tooSoon.error.message).toContain('城南学区');

    const r = await scheduleShared(admin);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data).toMatchObject({
      drawId: SHARED_ID,
      kind: 'shared',
      status: 'committed',
      unitCount: waiting.length,
    });
    const detail = await admin.ok('lottery', 'getRecord', { drawId: SHARED_ID });
    expect([...detail.canonicalList].sort()).toEqual([...waiting].sort());
    expect(codeOf(await scheduleShared(admin))).toBe('LOTTERY.ALREADY_SCHEDULED');
    parent = await rt.login('parent', { subject: 'shared-parent' }); // the clock moved past the old token
    // A waiting child's request is now committed; one the school draw admitted has nothing to ask for.
    const mine = (await rt.ports.store.applications.get(appId))!;
    const expected = mine.status === 'waitlisted' ? 'LOTTERY.SHARED_CLOSED' : 'LOTTERY.SHARED_NOT_ELIGIBLE';
    const again = await parent.call('lottery', 'requestShared', {
      applicationId: appId,
      schoolIds: ['s-south-2'],
    });
    expect(codeOf(again)).toBe(expected);
    expect(codeOf(await parent.call('lottery', 'cancelShared', { applicationId: appId }))).toBe(expected);
  });

  it('draws once before a notary; publishing seats the entrants at their first school with a seat, by name', async () => {
    await parent.ok('lottery', 'requestShared', {
      applicationId: appId,
      schoolIds: ['s-south-3', 's-south-2'],
    });
    const { school, onTheDay, drawn } = await drawSharedRound();
    const record = drawn.sharedRecord!;
    expect(record.spare).toMatchObject({ 's-south-1': 0, 's-south-2': 180, 's-south-3': 225 });
    expect(Object.values(record.assignments).every((id) => id === 's-south-2' || id === 's-south-3')).toBe(
      true,
    );
    expect(
      codeOf(
        await onTheDay.call('lottery', 'run', {
          ...{ drawId: SHARED_ID },
          publicEntropy: 'x',
          notaryAttestation: 'y',
        }),
      ),
    ).toBe('LOTTERY.ALREADY_DRAWN');

    const report = await onTheDay.ok('lottery', 'publish', { seasonId: '2026' });
    expect(report.recordsChecked).toBe(2);
    const waiting = school.record!.waitlist;
    for (const appNo of waiting) {
      const app = (await rt.ports.store.applications.listByDistrict('yunxi', { seasonId: '2026' })).find(
        (a) => a.appNo === appNo,
      )!;
      const assigned = record.assignments[appNo]!;
      expect(app.status).toBe('admitted');
      expect(app.placement).toMatchObject({ schoolId: assigned, status: 'admitted' });
      expect(app.placement!.reason).toContain(
        assigned === 's-south-2' ? '云溪区南湖小学' : '云溪区城南实验小学',
      );
      expect(app.placement!.reason).not.toContain(assigned);
    }
    // The family that asked for 城南实验小学 first gets it when it was waiting (spare seats abound).
    const mine = (await rt.ports.store.applications.get(appId))!;
    if (waiting.includes(mine.appNo)) expect(mine.placement!.schoolId).toBe('s-south-3');
    else expect(mine.placement).toBeUndefined();
  });
});

describe('another district in the same season', () => {
  it("does not take part in this district's overview, shared round or results", async () => {
    await parent.ok('lottery', 'requestShared', { applicationId: appId, schoolIds: ['s-south-2'] });
    await runCeremony(rt);
    // A neighbouring district has run a draw of its own in the same season.
    const ours = (await rt.ports.store.draws.get('2026-s-south-1-class-1'))!;
    await rt.ports.store.draws.insert({
      ...ours,
      id: '2026-s-east-1-class-1',
      schoolId: 's-east-1',
      schoolName: '邻区东城小学',
      districtId: 'd-east',
    });
    const admin = await at(rt, '2026-07-22T00:00:00.000Z');
    const o = await admin.ok('lottery', 'overview', { seasonId: '2026' });
    expect(o.shared.find((s) => s.largeDistrictId === 'ld-south')).toMatchObject({ needed: true });
    const r = await admin.call('lottery', 'scheduleShared', {
      seasonId: '2026',
      largeDistrictId: 'ld-south',
      scheduledAt: '2026-07-23T06:00:00.000Z',
    });
    expect(r).toMatchObject({ ok: true, data: { drawId: SHARED_ID } });
  });
});

describe('a committed shared round', () => {
  it('is placed from its committed list even when an entrant leaves or changes its wishes afterwards', async () => {
    await parent.ok('lottery', 'requestShared', { applicationId: appId, schoolIds: ['s-south-2'] });
    const school = await runCeremony(rt);
    const admin = await at(rt, '2026-07-22T00:00:00.000Z');
    expect(
      await admin.call('lottery', 'scheduleShared', {
        seasonId: '2026',
        largeDistrictId: 'ld-south',
        scheduledAt: '2026-07-23T06:00:00.000Z',
      }),
    ).toMatchObject({ ok: true });
    // After the list was committed: one entrant leaves (took an offer, then declined it), another's wishes
    // change in the store. Neither may change the round the ceremony committed to.
    const apps = await rt.ports.store.applications.listByDistrict('yunxi', { seasonId: '2026' });
    const [leaving, changing] = school.record!.waitlist.map((n) => apps.find((a) => a.appNo === n)!);
    await rt.ports.store.applications.update({ ...leaving!, status: 'withdrawn' }, leaving!.status);
    await rt.ports.store.applications.update(
      {
        ...changing!,
        sharedChoice: { ...SOUTH_2, schoolIds: ['s-south-3'], schoolNames: ['云溪区城南实验小学'] },
      },
      changing!.status,
    );

    const { onTheDay, drawn } = await runSharedRound();
    const report = await onTheDay.call('lottery', 'publish', { seasonId: '2026' });
    expect(report).toMatchObject({ ok: true, data: { recordsChecked: 2 } });
    expect((await rt.ports.store.applications.get(leaving!.id))!.status).toBe('withdrawn');
    const placed = (await rt.ports.store.applications.get(changing!.id))!;
    expect(placed.placement?.schoolId).toBe(drawn.sharedRecord!.assignments[changing!.appNo]);
  });

  it('passes on a shared seat whose winner took a seat at its own school before the results were published', async () => {
    // One spare seat for the round: 南湖小学 keeps a single seat.
    const south2 = (await rt.ports.store.catalog.getSchool('s-south-2'))!;
    await rt.ports.store.catalog.putSchool({ ...south2, capacity: 1 });
    const { onTheDay, drawn } = await drawSharedRound();
    const record = drawn.sharedRecord!;
    const [winner, next] = record.ranking;
    expect(record.assignments).toMatchObject({ [winner!]: 's-south-2', [next!]: null });

    // The winner's family then accepts a seat its own school's waitlist offered (what acceptOffer writes).
    const apps = await rt.ports.store.applications.listByDistrict('yunxi', { seasonId: '2026' });
    const byNo = (no: string) => apps.find((a) => a.appNo === no)!;
    const took = byNo(winner!);
    const note = '摇号 2026-s-south-1-class-1：确认递补学位（顺位第 4 位），已录取。';
    await rt.ports.store.applications.update(
      { ...took, status: 'admitted', timeline: [...took.timeline, { status: 'admitted', at: 'x', note }] },
      'waitlisted',
    );

    const report = await onTheDay.ok('lottery', 'publish', { seasonId: '2026' });
    expect(report.recordsChecked).toBe(2); // the round's record stands as drawn
    const after = async (no: string) => (await rt.ports.store.applications.get(byNo(no).id))!;
    const gone = await after(winner!);
    expect(gone.status).toBe('admitted');
    expect(gone.placement).toBeUndefined();
    const moved = await after(next!);
    expect(moved).toMatchObject({ status: 'admitted', placement: { schoolId: 's-south-2', rank: 2 } });
    expect(moved.placement!.reason).toContain('共享学位已按同一摇号排名在其余报名单元中重新分配');
    const seated = (await rt.ports.store.applications.listByDistrict('yunxi', { seasonId: '2026' })).filter(
      (a) => a.placement?.schoolId === 's-south-2',
    );
    expect(seated.map((a) => a.appNo)).toEqual([next]);

    // Publishing again changes nothing: the seat the round gave stays given, the winner stays gone.
    await onTheDay.ok('lottery', 'publish', { seasonId: '2026' });
    expect((await after(next!)).placement).toEqual(moved.placement);
  });

  it("refuses to pass a shared seat down the own school's waitlist when its family declines it", async () => {
    const { onTheDay } = await drawSharedRound();
    await onTheDay.ok('lottery', 'publish', { seasonId: '2026' });
    const apps = await rt.ports.store.applications.listByDistrict('yunxi', { seasonId: '2026' });
    const seated = apps.find((a) => a.placement?.drawId === SHARED_ID)!;
    // Its family signs in (the stored application is given to this account).
    const family = await rt.login('parent', { subject: 'shared-seat-family' });
    await rt.ports.store.applications.update({ ...seated, guardianId: family.userId }, seated.status);

    const refused = await family.call('lottery', 'decline', { applicationId: seated.id });
    expect(codeOf(refused)).toBe('LOTTERY.NOT_DECLINABLE');
    expect(refused.ok ? '' : refused.error.message).toContain('大学区共享学位');
    expect((await rt.ports.store.applications.get(seated.id))!.status).toBe('admitted');
    const own = (await rt.ports.store.draws.get('2026-s-south-1-class-1')) as WaitlistedDraw;
    expect(own.declined ?? []).toEqual([]);
    expect(own.offers ?? []).toEqual([]);
  });

  it('seats an entrant of a tier that was full before it ever drew (never waitlisted, still waiting)', async () => {
    // 三类 comes after 一类, which takes every seat left: two 三类 families wait without a draw of their own.
    const CLASS_3 = { ruleId: 'class-3', name: '第三类', explanation: '户籍在学区', tier: 2 };
    for (const i of [21, 22])
      await rt.ports.store.applications.insert(
        storedApplicant(i, { category: CLASS_3, sharedChoice: SOUTH_2 }),
      );
    const { onTheDay, drawn } = await drawSharedRound();
    const third = ['2026-D00021', '2026-D00022'];
    expect(third.map((no) => drawn.sharedRecord!.assignments[no])).toEqual(['s-south-2', 's-south-2']);
    await onTheDay.ok('lottery', 'publish', { seasonId: '2026' });
    for (const i of [21, 22]) {
      const app = (await rt.ports.store.applications.get(`app-direct-${i}`))!;
      expect(app).toMatchObject({ status: 'admitted', placement: { schoolId: 's-south-2' } });
      expect(app.placement!.reason).not.toContain('不再候补');
    }
  });
});
