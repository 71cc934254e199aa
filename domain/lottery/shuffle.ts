// Fisher–Yates from the last position down, j = uniform(i + 1): the order of uniform() calls is part of the
// spec, so this must not be "optimised" into another shuffle variant.
import { uniform } from './uniform';
import type { WordSource } from './word-stream';

/** A shuffled copy of `items`; `items` is left alone. */
export function shuffle<T>(items: readonly T[], source: WordSource): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i >= 1; i--) {
    const j = uniform(source, i + 1);
    const swap = a[i]!;
    a[i] = a[j]!;
    a[j] = swap;
  }
  return a;
}
