import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleFunctions } from '../scripts/bundle-functions';
import { figure, type BenchSuite, type FigureWithGoal } from './figure';
import { median } from './measure';

const RUNS = 7;

/**
 * ms to `require(target)` in a fresh node process, timed inside the child so node's own start-up is not
 * counted: a cold start pays it whatever the bundle, and the platform's runtime is already up.
 */
const requireMs = (target: string, cwd: string): number => {
  const script = `const t0 = process.hrtime.bigint(); require(${JSON.stringify(target)});
    process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`require(${target}) failed: ${r.stderr}`);
  return Number(r.stdout);
};

/**
 * Median ms per target. The runs go round-robin over the targets rather than one target at a time, so a
 * burst of load from elsewhere on a shared machine spreads over every function instead of landing on one.
 */
const medianRequireMs = (targets: string[], cwd: string): number[] => {
  const runs: number[][] = targets.map(() => []);
  for (let i = 0; i < RUNS; i++) targets.forEach((t, j) => runs[j]?.push(requireMs(t, cwd)));
  return runs.map(median);
};

/** `fn.cold_load.<name>`: loading each bundle with the SDK stubbed; the baseline is loading the SDK itself. */
const functionsBench: BenchSuite = async (log) => {
  const out = fs.mkdtempSync(path.join(tmpdir(), 'bench-functions-'));
  try {
    const bundles = await bundleFunctions(out);
    // The stub sits where the runtime's npm install would put the SDK, so the bundle resolves it unchanged.
    const stub = path.join(out, 'node_modules', '@cloudbase', 'node-sdk');
    fs.mkdirSync(stub, { recursive: true });
    fs.writeFileSync(path.join(stub, 'index.js'), 'module.exports = { init: () => ({}) };');

    const [sdkMs = NaN] = medianRequireMs(['@cloudbase/node-sdk'], process.cwd());
    log(`fn.cold_load baseline: require('@cloudbase/node-sdk') ${sdkMs.toFixed(1)} ms (median of ${RUNS})`);
    const loadMs = medianRequireMs(
      bundles.map((b) => path.join(b.dir, 'index.js')),
      out,
    );
    const figures: FigureWithGoal[] = [];
    for (const [i, b] of bundles.entries()) {
      const ms = loadMs[i] ?? NaN;
      figures.push(
        figure(`fn.cold_load.${b.name}`, ms, 'ms', { baseline: sdkMs, better: 'lower', goal: '≤ 50' }),
        figure(`fn.bundle_kb.${b.name}`, b.bytes / 1024, 'KB', { better: 'lower', goal: '≤ 200' }),
      );
    }
    return figures;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
};

export default functionsBench;
