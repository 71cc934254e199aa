/** One line of `npm run -s bench -- --json`. ratio > 1 means better than the baseline of the same run. */
export interface Figure {
  bench: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
}

/** What a bench file default-exports: run, return its figures. Progress goes to `log` (stderr). */
export type BenchSuite = (log: (line: string) => void) => Promise<FigureWithGoal[]>;
export type FigureWithGoal = Figure & { goal?: string };

const round = (n: number) => (Math.abs(n) >= 1000 ? Math.round(n) : Number(n.toPrecision(4)));

/** Builds a figure; `better` says which way the ratio points (times: lower, throughput: higher). */
export function figure(
  bench: string,
  value: number,
  unit: string,
  options: { baseline?: number; better: 'lower' | 'higher'; goal?: string },
): FigureWithGoal {
  const { baseline, better, goal } = options;
  const ratio = baseline === undefined ? null : better === 'lower' ? baseline / value : value / baseline;
  return {
    bench,
    value: round(value),
    unit,
    baseline: baseline === undefined ? null : round(baseline),
    ratio: ratio === null ? null : round(ratio),
    ...(goal ? { goal } : {}),
  };
}
