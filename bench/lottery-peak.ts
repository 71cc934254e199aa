// Child process of lottery.bench.ts (`node --expose-gc --trace-gc --import tsx`): places the synthetic season
// once between two markers. V8's GC trace prints the heap in use before every collection, and the heap is
// at a local high just before one, so the largest such figure between the markers is the placement's peak.
import { placeSeason } from '../domain/placement';
import { syntheticSeason } from './lottery-season';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const input = syntheticSeason(Number(process.argv[2] ?? 300_000));
gc();
process.stdout.write(`PLACE-START ${mb(process.memoryUsage().heapUsed)}\n`);
const outcome = placeSeason(input);
process.stdout.write(`PLACE-END ${mb(process.memoryUsage().heapUsed)}\n`);
gc();
process.stdout.write(`RETAINED ${mb(process.memoryUsage().heapUsed)}\n`);
process.exitCode = outcome.ok ? 0 : 1;
