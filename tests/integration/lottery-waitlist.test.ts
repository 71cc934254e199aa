// Waitlist movement after the draw (issue 4 part 8). Four families with bound twins compete for the two seats
// of 城南第一小学: whatever the draw's ranking, the first unit fills both seats exactly and every unit on the
// waitlist is a pair, so each step below holds for any secret the ceremony happens to commit to.
import type { ApplicationRecord } from '../../cloudfunctions/lib/ports/records';
import type { WaitlistedDraw } from '../../cloudfunctions/lottery/waitlist';
import { at, codeOf, DRAW_ID, SCHEDULED_AT, runCeremony, storedApplicant } from './support/lottery-season';
import { startTestRuntime, type Session, type TestRuntime } from './support/test-runtime';

const FAMILIES = 4;
const HOUR = 3600_000;

interface Family {
  subject: string;
  userId: string;
  apps: ApplicationRecord[];
}

/** Family k: two bound twins written into the store, the first one still 'submitted' (review is not built). */
const seedFamilies = async (rt: TestRuntime): Promise<Family[]> => {
  const school = (await rt.ports.store.catalog.getSchool('s-south-1'))!;
  await rt.ports.store.catalog.putSchool({ ...school, capacity: 2 });
  const families: Family[] = [];
  for (let k = 1; k <= FAMILIES; k++) {
    const subject = `waitlist-family-${k}`;
    const { userId } = await rt.login('parent', { subject });
    const ids = [10 * k + 1, 10 * k + 2];
    const group = {
      id: `group-${k}`,
      applicationIds: ids.map((i) => `app-direct-${i}`),
      appNos: ids.map((i) => storedApplicant(i).appNo),
    };
    const apps = ids.map((i, j) =>
      storedApplicant(i, {
        guardianId: userId,
        childName: `周${k}${j === 0 ? '大宝' : '二宝'}`,
        siblingGroup: group,
        ...(j === 0 ? { status: 'submitted' as const } : {}),
      }),
    );
    for (const a of apps) await rt.ports.store.applications.insert(a);
    families.push({ subject, userId, apps });
  }
  return families;
};

let rt: TestRuntime;
beforeEach(async () => {
  rt = await startTestRuntime();
});
afterEach(() => rt.close());

/** The families in the draw's ranking order, and a fresh session for one of them at the clock's time. */
const drawn = async () => {
  const families = await seedFamilies(rt);
  const detail = await runCeremony(rt);
  const record = detail.record!;
  const byKey = (key: string) => families.find((f) => key.split('+').includes(f.apps[0]!.appNo))!;
  const ranked = record.ranking.map(byKey);
  const parent = (f: Family): Promise<Session> => rt.login('parent', { subject: f.subject });
  const status = async (id: string) => (await rt.ports.store.applications.get(id))!.status;
  const statuses = async (f: Family) => Promise.all(f.apps.map((a) => status(a.id)));
  const draw = async () => (await rt.ports.store.draws.get(DRAW_ID)) as WaitlistedDraw;
  const lotteryMessages = async (f: Family) =>
    (await rt.ports.store.messages.listForUser(f.userId, 50)).filter((m) => m.kind === 'lottery_result');
  return { record, ranked, parent, statuses, draw, lotteryMessages };
};

describe('after the draw', () => {
  it('sets every status with a note naming the draw, and tells each family once', async () => {
    const { record, ranked, parent, statuses, lotteryMessages } = await drawn();
    expect(record.seats).toBe(2);
    expect(record.admitted).toHaveLength(2);
    expect(await statuses(ranked[0]!)).toEqual(['admitted', 'admitted']);
    for (const [i, f] of ranked.entries()) {
      if (i > 0) expect(await statuses(f)).toEqual(['waitlisted', 'waitlisted']);
      const [view] = await (await parent(f)).ok('enroll', 'listMine', {});
      expect(view!.timeline[view!.timeline.length - 1]!.note).toBe(
        `摇号 ${DRAW_ID}：顺位第 ${i + 1} 位（共 ${FAMILIES} 个摇号单位），${
          i === 0 ? '在学位之内，已录取' : '排在学位之外，列入候补'
        }。`,
      );
      const messages = await lotteryMessages(f);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ title: '摇号结果已公布', status: 'pending' });
      expect(messages[0]!.body).toContain(f.apps.map((a) => a.childName).join('、'));
    }
    // An admission is declined, not withdrawn: only lottery.decline passes the seat on.
    const first = await parent(ranked[0]!);
    const w = await first.call('enroll', 'withdraw', { applicationId: ranked[0]!.apps[0]!.id });
    expect(codeOf(w)).toBe('APPLICATION.NOT_WITHDRAWABLE');
  });
});

describe('waitlist movement', () => {
  it('offers a declined seat to the next unit whole; the family accepts in time and is admitted', async () => {
    const { ranked, parent, statuses, draw, lotteryMessages } = await drawn();
    const [first, second, third] = ranked as [Family, Family, Family];
    const admitted = await parent(first);
    const waiting = await parent(second);

    // Another family's application is "not found", whichever way it is tried.
    for (const [s, f, action] of [
      [waiting, first, 'decline'],
      [admitted, second, 'acceptOffer'],
    ] as const) {
      const r = await s.call('lottery', action, { applicationId: f.apps[0]!.id });
      expect(codeOf(r)).toBe('NOT_FOUND.APPLICATION');
    }
    expect(codeOf(await waiting.call('lottery', 'acceptOffer', { applicationId: second.apps[0]!.id }))).toBe(
      'LOTTERY.NO_OPEN_OFFER',
    );
    expect(codeOf(await waiting.call('lottery', 'decline', { applicationId: second.apps[0]!.id }))).toBe(
      'LOTTERY.NOT_DECLINABLE',
    );

    // One twin's seat is declined (twice at once: one seat freed, one offer).
    const declining = { applicationId: first.apps[0]!.id, reason: '已选择其他学校' };
    const both = await Promise.all([
      admitted.call('lottery', 'decline', declining),
      admitted.call('lottery', 'decline', declining),
    ]);
    expect(both.map(codeOf).sort()).toEqual([null, 'LOTTERY.NOT_DECLINABLE'].sort());
    expect(await statuses(first)).toEqual(['withdrawn', 'admitted']);
    const offered = await draw();
    expect(offered.declined).toEqual([first.apps[0]!.id]);
    expect(offered.offers).toEqual([
      expect.objectContaining({
        key: second.apps.map((a) => a.appNo).join('+'),
        rank: 2,
        status: 'open',
        offeredAt: SCHEDULED_AT,
        expiresAt: new Date(Date.parse(SCHEDULED_AT) + 72 * HOUR).toISOString(),
      }),
    ]);
    // The whole unit is offered, stays waitlisted until it accepts, and hears once with the deadline.
    expect(await statuses(second)).toEqual(['waitlisted', 'waitlisted']);
    const mine = await waiting.ok('lottery', 'myDraw', {});
    expect(mine.map((m) => m.offer?.status)).toEqual(['open', 'open']);
    const offerMessages = (await lotteryMessages(second)).filter((m) => m.title === '候补递补：学位待确认');
    expect(offerMessages).toHaveLength(1);
    expect(offerMessages[0]!.body).toContain('2026年7月24日 14:00');
    const [secondView] = await waiting.ok('enroll', 'listMine', {});
    expect(secondView!.timeline[secondView!.timeline.length - 1]!.note).toContain('按顺位第 2 位递补');
    expect(await rt.ports.store.audit.list({ action: 'lottery.decline' })).toHaveLength(1);
    expect(await rt.ports.store.audit.list({ action: 'lottery.offer' })).toHaveLength(1);

    // The second twin declines too: the pair already offered holds both freed seats, so no new offer.
    await admitted.ok('lottery', 'decline', { applicationId: first.apps[1]!.id });
    expect((await draw()).offers).toHaveLength(1);
    expect(await lotteryMessages(third)).toHaveLength(1);

    const whileOpen = await waiting.ok('lottery', 'myDraw', {});
    expect(whileOpen.map((m) => [m.resultLabel, m.offer?.status])).toEqual([
      ['递补待确认', 'open'],
      ['递补待确认', 'open'],
    ]);

    // Accepting for one twin admits both; pressing twice at once admits them once.
    const accepts = await Promise.all(
      second.apps.map((a) => waiting.call('lottery', 'acceptOffer', { applicationId: a.id })),
    );
    expect(accepts.map(codeOf).sort()).toEqual([null, 'LOTTERY.NO_OPEN_OFFER'].sort());
    expect(await statuses(second)).toEqual(['admitted', 'admitted']);
    expect((await draw()).offers![0]!.status).toBe('accepted');
    const after = await waiting.ok('lottery', 'myDraw', {});
    expect(after.map((m) => [m.resultLabel, m.offer?.status])).toEqual([
      ['递补录取', 'accepted'],
      ['递补录取', 'accepted'],
    ]);
    const declined = await (await parent(first)).ok('lottery', 'myDraw', {});
    expect(declined.map((m) => m.declined)).toEqual([true, true]);
    expect(await rt.ports.store.audit.list({ action: 'lottery.offer_accepted' })).toHaveLength(1);
  });

  it('lets an offer past its deadline lapse and passes the seat to the next unit', async () => {
    const { ranked, parent, statuses, draw, lotteryMessages } = await drawn();
    const [first, second, third] = ranked as [Family, Family, Family];
    await (await parent(first)).ok('lottery', 'decline', { applicationId: first.apps[0]!.id });

    // Nothing is due before the deadline.
    const early = await at(rt, new Date(Date.parse(SCHEDULED_AT) + 71 * HOUR).toISOString());
    expect(await early.ok('lottery', 'expireOffers', {})).toEqual({ lapsed: 0, offered: 0 });

    const late = await at(rt, new Date(Date.parse(SCHEDULED_AT) + 72 * HOUR).toISOString());
    const tooLate = await (
      await parent(second)
    ).call('lottery', 'acceptOffer', {
      applicationId: second.apps[1]!.id,
    });
    expect(codeOf(tooLate)).toBe('LOTTERY.NO_OPEN_OFFER');
    expect(await late.ok('lottery', 'expireOffers', {})).toEqual({ lapsed: 1, offered: 1 });
    expect(await late.ok('lottery', 'expireOffers', {})).toEqual({ lapsed: 0, offered: 0 });

    expect((await draw()).offers!.map((o) => [o.rank, o.status])).toEqual([
      [2, 'lapsed'],
      [3, 'open'],
    ]);
    expect(await statuses(second)).toEqual(['waitlisted', 'waitlisted']);
    expect((await lotteryMessages(second)).map((m) => m.title)).toContain('递补学位已过期');
    expect((await lotteryMessages(third)).map((m) => m.title)).toContain('候补递补：学位待确认');
    const lapsedAudit = await rt.ports.store.audit.list({ action: 'lottery.offer_lapsed' });
    expect(lapsedAudit).toMatchObject([{ targetId: DRAW_ID, role: 'admin', detail: { rank: 2 } }]);

    const thirdParent = await parent(third);
    await thirdParent.ok('lottery', 'acceptOffer', { applicationId: third.apps[0]!.id });
    expect(await statuses(third)).toEqual(['admitted', 'admitted']);
    // Seats: one twin of the first pair declined, so 1 + 2 children hold the draw's two seats (whole units).
    const admittedNow = (await Promise.all(ranked.map(statuses))).flat().filter((s) => s === 'admitted');
    expect(admittedNow).toHaveLength(3);
  });

  it('lets only parents decline and accept, and only admins run the expiry', async () => {
    await drawn();
    for (const role of ['helper', 'reviewer', 'admin'] as const) {
      const s = await rt.login(role);
      for (const action of ['decline', 'acceptOffer'] as const)
        expect(codeOf(await s.call('lottery', action, { applicationId: 'app-direct-11' }))).toBe(
          'AUTH.FORBIDDEN',
        );
    }
    for (const role of ['parent', 'helper', 'reviewer'] as const)
      expect(codeOf(await (await rt.login(role)).call('lottery', 'expireOffers', {}))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(await rt.raw('lottery', { action: 'expireOffers', data: {} }))).toBe(
      'AUTH.UNAUTHENTICATED',
    );
  });
});
