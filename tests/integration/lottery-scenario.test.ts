// DEMO_SCENARIO=lottery against a real data folder, the real simulator and the real handlers: the season is
// full enough that 凤鸣小学's 一类 needs a draw, the ceremony can run end to end on the moved clock, and a
// second start on the same folder adds nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../cloudfunctions/lib/dispatch';
import { registry } from '../../cloudfunctions/registry';
import { openControllableClock } from '../../server/clock/controllable-clock';
import type { ControllableClock } from '../../server/clock/offset-clock';
import {
  LOTTERY_SCHOOL_ID,
  LOTTERY_TIER,
  lotteryScenarioHouseholds,
  runLotteryScenario,
  type LotteryScenarioReport,
} from '../../server/demo-scenario';
import { loginAs } from '../../server/demo-scenario/in-process-caller';
import { openLocalRuntime, type LocalRuntime } from '../../server/local-ports';
import { seedDemo } from '../../server/seed/seed-demo';

const HOUR = 3600_000;
const quiet = { error: () => undefined };

/** What `npm start` does with DEMO_SCENARIO=lottery, minus the HTTP server. */
const start = async (dataDir: string) => {
  const clock = openControllableClock(dataDir);
  const runtime = await openLocalRuntime(dataDir, {} as NodeJS.ProcessEnv, {
    clock,
    extraHouseholds: lotteryScenarioHouseholds(),
  });
  await seedDemo(runtime.ports.store, clock.now());
  const report = await runtime.withQuietDepartments(() =>
    runLotteryScenario({ ports: runtime.ports, clock }),
  );
  return { runtime, clock, report };
};

const tiersAt = (r: LotteryScenarioReport, schoolId: string) =>
  Object.fromEntries(r.schools.find((s) => s.schoolId === schoolId)!.tiers.map(([tier, , n]) => [tier, n]));

const countApplications = async (rt: LocalRuntime) =>
  (await rt.ports.store.applications.listByDistrict('yunxi', { seasonId: '2026' })).length;

let dataDir: string;
let first: { runtime: LocalRuntime; clock: ControllableClock; report: LotteryScenarioReport };
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lottery-scenario-'));
  first = await start(dataDir);
}, 60_000);
afterAll(async () => {
  await first.runtime.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('DEMO_SCENARIO=lottery', () => {
  it('submits every family through the handlers and oversubscribes 凤鸣小学 inside 一类 only', async () => {
    const { report } = first;
    expect(report.submitted).toBe(179);
    expect(tiersAt(report, LOTTERY_SCHOOL_ID)).toEqual({ green: 4, 'class-1': 146, 'class-3': 5 });
    expect(tiersAt(report, 's-north-1')).toEqual({ 'class-1': 10 });
    expect(tiersAt(report, 's-south-2')).toEqual({ migrant: 8 });
    const apps = await first.runtime.ports.store.applications.listByDistrict('yunxi', { seasonId: '2026' });
    expect(new Set(apps.map((a) => a.status))).toEqual(new Set(['submitted']));
    expect(new Set(apps.filter((a) => a.siblingGroup).map((a) => a.siblingGroup!.id)).size).toBe(3);
    // Real submits leave real traces: registrations claimed, audit entries, each family's message.
    expect(await first.runtime.ports.store.audit.list({ action: 'enroll.submit' })).toHaveLength(179);
  });

  it('moves the clock past the withdrawal deadline, where the list is final', async () => {
    const season = (await first.runtime.ports.store.catalog.currentSeason())!;
    expect(Date.parse(first.report.clockTo)).toBeGreaterThan(Date.parse(season.withdrawDeadline));
    expect(first.clock.now().getTime()).toBeGreaterThan(Date.parse(season.withdrawDeadline));
  });

  it('lets the ceremony run: NOT_NEEDED where all fit, a draw of 143 units for 131 seats at 凤鸣小学', async () => {
    const { runtime, clock } = first;
    const { ports } = runtime;
    const admin = await loginAs(registry, ports, 'admin', 'scenario-admin');
    const scheduledAt = new Date(clock.now().getTime() + 25 * HOUR).toISOString();
    const schedule = (schoolId: string) =>
      dispatch(
        registry,
        'lottery',
        { action: 'schedule', data: { seasonId: '2026', schoolId, tier: LOTTERY_TIER, scheduledAt } },
        { token: admin.token },
        ports,
        quiet,
      );
    expect(await schedule('s-north-1')).toMatchObject({ ok: false, error: { code: 'LOTTERY.NOT_NEEDED' } });
    expect(await schedule(LOTTERY_SCHOOL_ID)).toMatchObject({
      ok: true,
      data: { seats: 131, unitCount: 143, applicantCount: 146 },
    });

    expect(clock.moveTo(new Date(Date.parse(scheduledAt) + 60_000))).toBe(true);
    const onTheDay = await loginAs(registry, ports, 'admin', 'scenario-admin');
    const drawId = `2026-${LOTTERY_SCHOOL_ID}-${LOTTERY_TIER}`;
    await onTheDay.call('lottery', 'addObserver', { drawId, name: '钱公正', role: '公证员' });
    const drawn = await onTheDay.call('lottery', 'run', {
      drawId,
      publicEntropy: '2027-001-03-11-19-24-28-33-07',
      notaryAttestation: '经现场监督，摇号程序合法有效。',
    });
    expect(drawn.status).toBe('drawn');
    const statuses = (await ports.store.applications.listByDistrict('yunxi', { seasonId: '2026' }))
      .filter(
        (a) => a.schoolId === LOTTERY_SCHOOL_ID && a.category?.ruleId === LOTTERY_TIER && !a.greenChannel,
      )
      .map((a) => a.status);
    // Units are admitted whole: bound twins at the last seat may take one more (the record's overflow).
    const admitted = statuses.filter((s) => s === 'admitted').length;
    expect(admitted - drawn.record!.overflow).toBe(131);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(146 - admitted);

    // 22 families asked for 城北学区's shared seats: the 一类 ones still waiting and the two 三类 ones enter.
    const overview = await onTheDay.call('lottery', 'overview', {});
    const north = overview.shared.find((p) => p.largeDistrictId === 'ld-north')!;
    expect(north.requests).toBe(22);
    expect(north.needed).toBe(true);
    expect(north.entrants).toBeGreaterThanOrEqual(2);
  });

  it('adds nothing on a second start of the same data folder, and keeps the clock where it was', async () => {
    const before = await countApplications(first.runtime);
    const movedTo = first.clock.now().getTime();
    await first.runtime.close();
    first = await start(dataDir);
    expect(first.report).toMatchObject({ submitted: 0, skippedFamilies: 176 });
    expect(first.report.clockTo).toBe(first.report.clockFrom);
    expect(first.clock.now().getTime()).toBeGreaterThanOrEqual(movedTo);
    expect(await countApplications(first.runtime)).toBe(before);
  });
});
