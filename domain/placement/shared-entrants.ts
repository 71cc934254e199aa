// Who enters each large district's shared round. An applicant enters only if its own school waitlisted it
// (a placed child keeps its place); a unit that applied only for shared seats always enters. Districts come in
// the order of the schools list, entrants in the order of their keys: the record (its preferences object
// too) does not depend on the order the store happens to list units in, so a round scheduled from one
// listing is reproduced by the placement from another.
import { compareRequestKeys } from './request-members';
import { ownStatus, WAITLISTED, type RoundContext } from './round-context';

/** Request indices by district, in key order: district d's entrants are requests[start[d] .. start[d + 1]). */
export interface SharedEntrants {
  readonly start: Int32Array;
  readonly requests: Int32Array;
  /** Per request: the district whose round it enters, -1 if it does not. */
  readonly entering: Int32Array;
}

export function sharedEntrants(context: RoundContext): SharedEntrants {
  const { requestUnits, requestDistricts } = context.index.requests;
  const districts = context.index.frame.districts.length;
  // Locals, not imported bindings, in the loop: see lottery/word-stream.ts.
  const statusOf = ownStatus;
  const waiting = WAITLISTED;
  // A counting sort by district, as for cells: -1 marks a request that does not enter.
  const entering = new Int32Array(requestUnits.length);
  const start = new Int32Array(districts + 1);
  for (let r = 0; r < requestUnits.length; r++) {
    const unit = requestUnits[r]!;
    const d = unit < 0 || statusOf(context, unit) === waiting ? requestDistricts[r]! : -1;
    entering[r] = d;
    if (d >= 0) start[d + 1]!++;
  }
  for (let d = 0; d < districts; d++) start[d + 1]! += start[d]!;
  const requests = new Int32Array(start[districts]!);
  const fill = start.slice(0, districts);
  for (let r = 0; r < entering.length; r++) if (entering[r]! >= 0) requests[fill[entering[r]!]!++] = r;
  for (let d = 0; d < districts; d++) inKeyOrder(context, requests.subarray(start[d]!, start[d + 1]!));
  return { start, requests, entering };
}

/**
 * Puts one district's entrants (request indices, in request order) in key order. Opted-in applicant units
 * come first, in unit order: with the season's numbers in order that is key order already, and only the
 * shared-only entrants (a few) are placed among them, each by a binary search over their keys (compared as
 * the bytes copied for the rounds: no unit is read again). Otherwise all are sorted by key.
 */
function inKeyOrder({ input, index }: RoundContext, mine: Int32Array): void {
  const { firstOnly } = index.requests;
  const byKey = (r: number, q: number) => compareRequestKeys(input, index.requests, r, q);
  let split = 0;
  while (split < mine.length && mine[split]! < firstOnly) split++;
  if (!index.units.inOrder) {
    mine.sort(byKey);
    return;
  }
  if (split === mine.length) return;
  // Copies by plain loops: Array.from walks a typed array by its iterator, an object per entrant.
  const units = mine.slice(0, split);
  const only: number[] = [];
  for (let i = split; i < mine.length; i++) only.push(mine[i]!);
  only.sort(byKey);
  let at = 0;
  let u = 0;
  for (const r of only) {
    // The first applicant unit after r, from where the previous one went.
    let lo = u;
    let hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byKey(units[mid]!, r) < 0) lo = mid + 1;
      else hi = mid;
    }
    while (u < lo) mine[at++] = units[u++]!;
    mine[at++] = r;
  }
  while (u < units.length) mine[at++] = units[u++]!;
}
