import type { StreetHit } from './rule-index';

/**
 * The house-number ranges of one street, packed for lookups: `nums` holds five small integers per range
 * (lo, hi, running max of hi, parity, declaration order), sorted by lo, in one plain array. Lookups touch
 * that array and nothing else until a range fits: with 50,000 streets the cost is cache misses, so
 * fewer objects per street is what makes it fast.
 */
export interface StreetRanges {
  nums: number[];
  hits: StreetHit[];
}

const FIELDS = 5;
const PARITY = { all: 0, odd: 1, even: 2 } as const;

export function packStreetRanges(hits: StreetHit[]): StreetRanges {
  const items = hits.map((hit, order) => {
    const { from, to, parity } = hit.rule;
    return { lo: Math.min(from, to), hi: Math.max(from, to), parity: PARITY[parity], order, hit };
  });
  items.sort((a, b) => a.lo - b.lo || a.order - b.order);
  let maxHi = -1;
  const nums = items.flatMap((r) => [r.lo, r.hi, (maxHi = Math.max(maxHi, r.hi)), r.parity, r.order]);
  return { nums, hits: items.map((r) => r.hit) };
}

/** Every range containing `n` with the right parity, in declaration order. */
export function findInRanges({ nums, hits }: StreetRanges, n: number): StreetHit[] {
  // Binary search: the first range starting after n; then walk back while an earlier range can reach n.
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((nums[mid * FIELDS] as number) <= n) lo = mid + 1;
    else hi = mid;
  }
  const parity = n % 2 === 1 ? PARITY.odd : PARITY.even;
  let found: number[] | undefined;
  for (let i = lo - 1; i >= 0 && (nums[i * FIELDS + 2] as number) >= n; i--) {
    const p = nums[i * FIELDS + 3];
    if ((nums[i * FIELDS + 1] as number) >= n && (p === PARITY.all || p === parity)) (found ??= []).push(i);
  }
  if (!found) return [];
  if (found.length > 1)
    found.sort((a, b) => (nums[a * FIELDS + 4] as number) - (nums[b * FIELDS + 4] as number));
  return found.map((i) => hits[i] as StreetHit);
}
