// The `lottery` function's `expireOffers` timer (cloudfunctions/lottery/index.ts): what CloudBase runs every
// five minutes must lapse overdue waitlist offers as the system, with no one's name in the audit.
import { createCloudMain } from '../../cloudfunctions/lib/cloud-entry';
import { lotteryTimers } from '../../cloudfunctions/lottery/index';
import type { WaitlistedDraw } from '../../cloudfunctions/lottery/waitlist';
import { registry } from '../../cloudfunctions/registry';
import { at, DRAW_ID, runCeremony, SCHEDULED_AT, storedApplicant } from './support/lottery-season';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';

const HOUR = 3600_000;

let rt: TestRuntime;
beforeEach(async () => {
  rt = await startTestRuntime();
});
afterEach(() => rt.close());

/** One seat, three families: the admitted one declines, so the second holds an open 72-hour offer. */
const declinedDraw = async () => {
  const school = (await rt.ports.store.catalog.getSchool('s-south-1'))!;
  await rt.ports.store.catalog.putSchool({ ...school, capacity: 1 });
  const families = [];
  for (let i = 1; i <= 3; i++) {
    const subject = `timer-family-${i}`;
    const { userId } = await rt.login('parent', { subject });
    const app = storedApplicant(i, { guardianId: userId });
    await rt.ports.store.applications.insert(app);
    families.push({ subject, app });
  }
  const record = (await runCeremony(rt)).record!;
  const first = families.find((f) => record.ranking[0]!.split('+').includes(f.app.appNo))!;
  const parent = await rt.login('parent', { subject: first.subject });
  await parent.ok('lottery', 'decline', { applicationId: first.app.id });
};

describe('the expireOffers timer trigger', () => {
  const main = () =>
    createCloudMain('lottery', registry, async () => ({ ...rt.ports, mode: 'production' }), lotteryTimers);

  it('does nothing before the deadline, then lapses the offer as the system and offers the seat on', async () => {
    await declinedDraw();
    await at(rt, new Date(Date.parse(SCHEDULED_AT) + 71 * HOUR).toISOString());
    expect(await main()({ Type: 'Timer', TriggerName: 'expireOffers' })).toEqual({
      ok: true,
      data: { lapsed: 0, offered: 0 },
    });

    await at(rt, new Date(Date.parse(SCHEDULED_AT) + 72 * HOUR).toISOString());
    expect(await main()({ Type: 'Timer', TriggerName: 'expireOffers' })).toEqual({
      ok: true,
      data: { lapsed: 1, offered: 1 },
    });
    const draw = (await rt.ports.store.draws.get(DRAW_ID)) as WaitlistedDraw;
    expect(draw.offers!.map((o) => [o.rank, o.status])).toEqual([
      [2, 'lapsed'],
      [3, 'open'],
    ]);
    // No one pressed it: the audit names no actor and no role.
    expect(await rt.ports.store.audit.list({ action: 'lottery.offer_lapsed' })).toMatchObject([
      { targetId: DRAW_ID, actorId: null, role: null },
    ]);
  });

  it('is not reachable by a client that dresses its call up as the timer', async () => {
    await declinedDraw();
    await at(rt, new Date(Date.parse(SCHEDULED_AT) + 72 * HOUR).toISOString());
    const forged = await main()({ Type: 'Timer', TriggerName: 'expireOffers', userInfo: { openId: 'oX' } });
    expect(forged).toMatchObject({ ok: false });
    const draw = (await rt.ports.store.draws.get(DRAW_ID)) as WaitlistedDraw;
    expect(draw.offers!.map((o) => o.status)).toEqual(['open']);
  });
});
