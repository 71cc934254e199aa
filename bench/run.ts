/**
 * `npm run bench [-- <filter>] [-- --json]`. Each bench/*.bench.ts default-exports a BenchSuite; add it to
 * SUITES to have it run. A filter keeps the suites whose name contains it (`npm run bench -- zone`).
 * With --json, stdout carries exactly one JSON object per figure and nothing else; progress goes to stderr.
 */
import type { BenchSuite, Figure, FigureWithGoal } from './figure';
import functions from './functions.bench';
import lottery from './lottery.bench';
import zone from './zone.bench';

const SUITES: { name: string; run: BenchSuite }[] = [
  { name: 'zone', run: zone },
  { name: 'functions', run: functions },
  { name: 'lottery', run: lottery },
];

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const filters = args.filter((a) => !a.startsWith('--'));
  const chosen = SUITES.filter((s) => filters.length === 0 || filters.some((f) => s.name.includes(f)));
  if (chosen.length === 0) {
    console.error(
      `No bench suite matches ${filters.join(', ')}. Suites: ${SUITES.map((s) => s.name).join(', ')}`,
    );
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const figures: FigureWithGoal[] = [];
  for (const suite of chosen) {
    const t0 = Date.now();
    const out = await suite.run(json ? () => undefined : log);
    figures.push(...out);
    if (!json) log(`suite ${suite.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (json) {
    for (const { bench, value, unit, baseline, ratio } of figures) {
      const line: Figure = { bench, value, unit, baseline, ratio };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  } else {
    printTable(figures);
  }
  return 0;
}

function printTable(figures: FigureWithGoal[]): void {
  const rows = [
    ['bench', 'value', 'unit', 'baseline', 'ratio', 'goal'],
    ...figures.map((f) => [
      f.bench,
      String(f.value),
      f.unit,
      f.baseline === null ? '–' : String(f.baseline),
      f.ratio === null ? '–' : `×${f.ratio}`,
      f.goal ?? '',
    ]),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
