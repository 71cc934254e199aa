import type { Registry } from '../../cloudfunctions/lib/handler';
import type { Ports } from '../../cloudfunctions/lib/ports/ports';
import { registry as allFunctions } from '../../cloudfunctions/registry';
import { applyAsFamily } from './apply-as-family';
import { firstDrawTimeAfter, morningAfterWithdrawDeadline } from './scenario-times';
import { lotteryScenarioFamilies, type ScenarioFamily } from './scenario-families';
import { LOTTERY_SCHOOL_ID, LOTTERY_TIER } from './scenario-plan';
import { countScenarioSchools, type ScenarioSchoolCount } from './scenario-school-counts';

/** The part of a clock the scenario needs: read it, and move it forward. */
export interface MovableClock {
  now(): Date;
  moveTo(target: Date): boolean;
}

export interface LotteryScenarioOptions {
  /** The runtime's ports; their departments must know lotteryScenarioHouseholds(). */
  ports: Ports;
  /** The same clock as ports.clock, moved past the withdrawal deadline at the end. */
  clock: MovableClock;
  registry?: Registry;
  /** Families applying at once: their department checks overlap, the store serialises their writes. */
  concurrency?: number;
}

export interface LotteryScenarioReport {
  /** Applications submitted by this run (0 when an earlier start on this DATA_DIR did it all). */
  submitted: number;
  /** Families the run found already complete and left alone. */
  skippedFamilies: number;
  /** The clock's time before and after; equal when it was already past the deadline. */
  clockFrom: string;
  clockTo: string;
  withdrawDeadline: string;
  /** A time the draw may be scheduled for from clockTo (a full hour, at least 24 hours later, +08:00). */
  suggestedDrawAt: string;
  /** The 凤鸣小学 一类 draw, and its status when it exists already (then there is no next step to suggest). */
  drawId: string;
  drawStatus: string | null;
  /** How long the run took, for the console (the tests never assert on it). */
  elapsedMs: number;
  schools: ScenarioSchoolCount[];
}

const inPool = async <T>(items: readonly T[], size: number, work: (item: T) => Promise<void>) => {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
};

/**
 * DEMO_SCENARIO=lottery: fills the current season with the scenario's families through the real handlers,
 * then moves the clock past the withdrawal deadline so that the ceremony can be scheduled. Safe to run on
 * every start: families already complete are left alone and a clock already past the deadline stays.
 */
export const runLotteryScenario = async ({
  ports,
  clock,
  registry = allFunctions,
  concurrency = 4,
}: LotteryScenarioOptions): Promise<LotteryScenarioReport> => {
  const season = await ports.store.catalog.currentSeason();
  if (!season) throw new Error('演示摇号：没有招生季，请先写入演示数据（seedDemo）。');
  const started = Date.now();
  const families: ScenarioFamily[] = lotteryScenarioFamilies();
  const clockFrom = clock.now();
  let submitted = 0;
  let skippedFamilies = 0;
  await inPool(families, concurrency, async (family) => {
    // Applications only go in while the season is open; a data folder past it gets a clear refusal.
    if (clock.now().getTime() > new Date(season.applyClosesAt).getTime()) {
      const user = await ports.store.users.findBySubject('dev', family.subject);
      const apps = user ? await ports.store.applications.listByGuardian(user.id) : [];
      if (apps.length >= family.children.length) return void skippedFamilies++;
      throw new Error(
        `演示摇号：本数据目录的报名已截止（${season.applyClosesAt}），无法再提交报名；请使用新的 DATA_DIR。`,
      );
    }
    const statuses = await applyAsFamily(registry, ports, season.id, family);
    if (statuses) submitted += statuses.length;
    else skippedFamilies++;
  });

  const drawId = `${season.id}-${LOTTERY_SCHOOL_ID}-${LOTTERY_TIER}`;
  const deadline = new Date(season.withdrawDeadline);
  let clockTo = clockFrom;
  if (clock.now().getTime() <= deadline.getTime()) {
    clockTo = morningAfterWithdrawDeadline(season);
    if (!clock.moveTo(clockTo)) throw new Error(`演示摇号：时钟无法拨到 ${clockTo.toISOString()}`);
  }
  return {
    submitted,
    skippedFamilies,
    clockFrom: clockFrom.toISOString(),
    clockTo: clockTo.toISOString(),
    withdrawDeadline: season.withdrawDeadline,
    suggestedDrawAt: firstDrawTimeAfter(clockTo),
    drawId,
    drawStatus: (await ports.store.draws.get(drawId))?.status ?? null,
    elapsedMs: Date.now() - started,
    schools: await countScenarioSchools(ports, season.id),
  };
};
