import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { placeSeason, type PlacementInput } from '../domain/placement';
import { figure, type BenchSuite, type FigureWithGoal } from './figure';
import { median, medianMs, nowMs } from './measure';
import { startBaseline } from './baseline-process';
import { verifyInBrowser } from './lottery-h5/verify-in-browser';
import { syntheticSeason } from './lottery-season';

const CHILDREN = 300_000;
// The placement and the naive baseline are timed in turns over the same stretch of time: this machine's
// speed drifts by a third within seconds, and a ratio of two figures taken at different moments drifts with
// it. The baseline runs in a child process (baseline-process.ts), so the placement never pays for the
// baseline's million objects on its heap (turns in one process, tried, made it pay), as a lottery function's
// own process never does. Three placements a turn: a full GC of the whole heap falls every few runs, and
// is then not the turn's median. Seven turns: one baseline run differs from the next by up to a fifth (its
// GC leans on the second core, which the machine shares), and the median of five still moved with it.
const WARM_UP = 20;
const TURNS = 7;
const RUNS_PER_TURN = 3;
/** Only logged, not a figure: five runs keep the suite short. */
const OUTCOME_RUNS = 5;

const place = (input: PlacementInput) => {
  const outcome = placeSeason(input);
  if (!outcome.ok) throw new Error(`synthetic season rejected: ${outcome.problems[0]?.message}`);
  return outcome.result;
};

/** `lottery.allocate_300k` (+ `.peak_mb`) and `lottery.verify_2k_h5`. */
const lotteryBench: BenchSuite = async (log) => {
  const baseline = await startBaseline(CHILDREN);
  const input = syntheticSeason(CHILDREN);
  const children = input.units.reduce((sum, unit) => sum + unit.applicationNumbers.length, 0);
  // Warm-up: V8 settles its compiled code for the placement over its first runs. Traced (--trace-opt), it
  // still completes optimisations up to about the twentieth, and runs 9-12 took 55-60 ms where later ones
  // took 48-50: twenty, so that no turn times code still settling.
  for (let i = 0; i < WARM_UP; i++) place(input);
  const times: number[] = [];
  const naiveTimes: number[] = [];
  try {
    for (let turn = 0; turn < TURNS; turn++) {
      // One untimed run first: the baseline's two seconds of work leave the caches to it, and a steady state
      // of placements, which the median stands for, has them warm.
      place(input);
      for (let i = 0; i < RUNS_PER_TURN; i++) {
        const t0 = nowMs();
        place(input);
        times.push(nowMs() - t0);
      }
      const naive = await baseline.run();
      if (naive.children !== children) throw new Error(`the baseline placed ${naive.children} children`);
      naiveTimes.push(naive.ms);
    }
  } finally {
    baseline.close();
  }
  const [ms, naiveMs] = [median(times), median(naiveTimes)];
  // Outcomes (one object per child) are built on first read; what a caller that reads them all pays, logged.
  // Read only after the timed runs, like the season's description: their garbage is not theirs to pay for.
  const withOutcomesMs = medianMs(OUTCOME_RUNS, () => place(input).outcomes.length);
  log(`lottery.allocate_300k: ${describeSeason(input)}`);
  const turnRatios = naiveTimes.map(
    (t, k) => t / median(times.slice(k * RUNS_PER_TURN, (k + 1) * RUNS_PER_TURN)),
  );
  log(
    `lottery.allocate_300k: placement ${ms.toFixed(1)} ms (${withOutcomesMs.toFixed(1)} ms reading every outcome), naive tickets ${naiveMs.toFixed(1)} ms (medians); naive by turn ${naiveTimes.map((t) => t.toFixed(0)).join(' ')}; ratio by turn ${turnRatios.map((r) => r.toFixed(1)).join(' ')} (median ${median(turnRatios).toFixed(2)})`,
  );
  const peak = peakMb(log);
  const figures: FigureWithGoal[] = [
    figure('lottery.allocate_300k', ms, 'ms', {
      baseline: naiveMs,
      better: 'lower',
      goal: '≤ 300, ratio ≥ 20',
    }),
    ...(peak === null ? [] : [figure('lottery.allocate_300k.peak_mb', peak, 'MB', { better: 'lower' })]),
  ];
  const h5 = await verifyInBrowser(log);
  if (h5 !== null) {
    figures.push(
      figure('lottery.verify_2k_h5', h5.browserMs, 'ms', {
        baseline: h5.nodeMs,
        better: 'lower',
        goal: '≤ 1000',
      }),
    );
  }
  return figures;
};
export default lotteryBench;

/**
 * What the season comes to, in a line. In a function of its own so that its 300,000 outcome objects are
 * garbage once it returns, not live on the heap through the baseline's runs.
 */
function describeSeason(input: PlacementInput): string {
  const result = place(input);
  const counts: Record<string, number> = {};
  for (const o of result.outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
  return `${input.units.length} units, ${result.records.length} draws, ${JSON.stringify(counts)}`;
}

/**
 * Peak heap of one placement in a fresh process (nothing else of the run on its heap): the largest heap in
 * use, from V8's GC trace and the end mark, minus the heap before placing. Also logs what the result retains.
 */
function peakMb(log: (line: string) => void): number | null {
  const child = path.join(__dirname, 'lottery-peak.ts');
  const args = ['--expose-gc', '--trace-gc', '--import', 'tsx', child, String(CHILDREN)];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = run.stdout.split('\n');
  const mark = (name: string) => lines.findIndex((line) => line.startsWith(name));
  const [start, end, retained] = [mark('PLACE-START'), mark('PLACE-END'), mark('RETAINED')];
  if (run.status !== 0 || start < 0 || end < 0 || retained < 0) {
    log(`lottery.allocate_300k.peak_mb: skipped (${run.stderr.trim().split('\n')[0] ?? 'no output'})`);
    return null;
  }
  const value = (i: number) => Number(lines[i]!.split(' ')[1]);
  const beforeGc = lines
    .slice(start + 1, end)
    .map((line) => /([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/.exec(line)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(Number);
  const peak = Math.max(value(end), ...beforeGc) - value(start);
  log(
    `lottery.allocate_300k.peak_mb: ${beforeGc.length} GCs during placement; result retains ${(value(retained) - value(start)).toFixed(1)} MB`,
  );
  return peak;
}
