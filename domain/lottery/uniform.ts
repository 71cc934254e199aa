// uniform(n) by rejection sampling, exactly as the spec: no modulo bias, and the same words consumed by every
// implementation. Plain number arithmetic on purpose: 2^32 does not fit a 32-bit bitwise operation, and `| 0`
// would turn words ≥ 2^31 negative; doubles hold all these values exactly.
import type { WordSource } from './word-stream';

const TWO_POW_32 = 4294967296;

/** A uniform integer in [0, n) for 2 ≤ n ≤ 2^32, taking as many words from `source` as rejection needs. */
export function uniform(source: WordSource, n: number): number {
  if (!Number.isInteger(n) || n < 2 || n > TWO_POW_32)
    throw new RangeError(`uniform(n) needs 2 ≤ n ≤ 2^32, got ${n}`);
  const limit = TWO_POW_32 - (TWO_POW_32 % n);
  for (;;) {
    const word = source.next();
    if (word < limit) return word % n;
  }
}
