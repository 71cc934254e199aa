/** Timing helpers. Benchmarks only: tests never assert on wall time. */

export const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median of `runs` timings of `fn`, in ms. */
export function medianMs(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = nowMs();
    fn();
    times.push(nowMs() - t0);
  }
  return median(times);
}

/**
 * Median time per item in µs: the items are timed in batches of `batch` (one lookup is below the
 * clock's useful resolution), the median is over batches. `sink` keeps results alive against dead-code
 * elimination and lets the caller compare implementations.
 */
export function medianMicrosPerItem<T>(
  items: T[],
  batch: number,
  fn: (item: T) => number,
): { us: number; sink: number } {
  let sink = 0;
  const perItem: number[] = [];
  for (let start = 0; start < items.length; start += batch) {
    const end = Math.min(items.length, start + batch);
    const t0 = nowMs();
    for (let i = start; i < end; i++) sink += fn(items[i] as T);
    perItem.push(((nowMs() - t0) * 1000) / (end - start));
  }
  return { us: median(perItem), sink };
}
