// Child process of lottery.bench.ts (`node --expose-gc --import tsx`): the naive baseline on a heap of its
// own, timed whenever the parent writes `run`. The parent times the placement between two of these runs, so
// both are measured over the same stretch of the machine's time, and neither pays for the other's garbage.
// After each run, and before answering, the child collects its garbage (untimed): its GC threads would
// otherwise still be busy on the machine's two cores while the parent times the placement.
import readline from 'node:readline';
import { naivePlacement } from './lottery-baseline';
import { syntheticSeason } from './lottery-season';
import { nowMs } from './measure';

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const input = syntheticSeason(Number(process.argv[2] ?? 300_000));
// Warm-up, as the parent's: measured, the first run is the slow one (1.3-1.6 s, then 1.2-1.4 s); three for margin.
for (let i = 0; i < 3; i++) naivePlacement(input);
process.stdout.write('ready\n');
const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line !== 'run') return lines.close();
  const t0 = nowMs();
  const outcomes = naivePlacement(input);
  const ms = nowMs() - t0;
  collect();
  process.stdout.write(`${ms} ${outcomes.length}\n`);
});
