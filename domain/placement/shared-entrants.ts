// Who enters each large district's shared round. An applicant enters only if its own school waitlisted it
// (a placed child keeps its place); a unit that applied only for shared seats always enters. Districts come in
// the order of the schools list, entrants in the order of their keys: the record (its preferences object
// too) does not depend on the order the store happens to list units in, so a round scheduled from one
// listing is reproduced by the placement from another.
import { compareRequestKeys, requestNumbers } from './request-members';
import { ownStatus, WAITLISTED, type RoundContext } from './round-context';
import { release, takeInts } from './scratch';

/**
 * Request indices by district, in key order: district d's entrants are requests[start[d] .. start[d + 1]).
 * What a round reads of each entrant is gathered at the same positions (see gatherEntrants).
 */
export interface SharedEntrants {
  readonly start: Int32Array;
  readonly requests: Int32Array;
  /** Per entrant: its slot in the round's statuses (its applicant unit, else units.length + its request). */
  readonly slots: Int32Array;
  /** Per entrant: its unit's size. */
  readonly sizes: Int32Array;
  /** Per entrant: its schools as indices, wishes[wishFrom[i] .. wishTo[i]). */
  readonly wishFrom: Int32Array;
  readonly wishTo: Int32Array;
  readonly wishes: Int32Array;
  /** Per entrant: its key, keyBytes[keyFrom[i] .. keyTo[i]), keyFrom -1 when the scan did not copy it. */
  readonly keyFrom: Int32Array;
  readonly keyTo: Int32Array;
  readonly keyBytes: Uint8Array;
}

export function sharedEntrants(context: RoundContext): SharedEntrants {
  const { requestUnits, requestDistricts, wishStart, keyStart, keyEnd } = context.index.requests;
  const districts = context.index.frame.districts.length;
  // Locals, not imported bindings, in the loop: see lottery/word-stream.ts.
  const statusOf = ownStatus;
  const waiting = WAITLISTED;
  // A counting sort by district, as for cells: -1 marks a request that does not enter. The wishes and key
  // bytes of each district's entrants are counted on the way, for gatherEntrants.
  const entering = takeInts(requestUnits.length);
  const start = new Int32Array(districts + 1);
  const wishRoom = new Int32Array(districts + 1);
  const keyRoom = new Int32Array(districts + 1);
  for (let r = 0; r < requestUnits.length; r++) {
    const unit = requestUnits[r]!;
    const d = unit < 0 || statusOf(context, unit) === waiting ? requestDistricts[r]! : -1;
    entering[r] = d;
    if (d < 0) continue;
    start[d + 1]!++;
    wishRoom[d + 1]! += wishStart[r + 1]! - wishStart[r]!;
    if (keyStart[r]! >= 0) keyRoom[d + 1]! += keyEnd[r]! - keyStart[r]!;
  }
  for (let d = 0; d < districts; d++) {
    start[d + 1]! += start[d]!;
    wishRoom[d + 1]! += wishRoom[d]!;
    keyRoom[d + 1]! += keyRoom[d]!;
  }
  const requests = new Int32Array(start[districts]!);
  const fill = start.slice(0, districts);
  for (let r = 0; r < entering.length; r++) if (entering[r]! >= 0) requests[fill[entering[r]!]!++] = r;
  const gathered = gatherEntrants(context, requests, entering, wishRoom, keyRoom);
  // A literal, not a spread: V8 gives a spread copy a shape of its own that dies with it, and the rounds'
  // compiled code with it at the next full collection.
  const { slots, sizes, wishFrom, wishTo, wishes, keyFrom, keyTo, keyBytes } = gathered;
  const entrants = { start, requests, slots, sizes, wishFrom, wishTo, wishes, keyFrom, keyTo, keyBytes };
  release(entering);
  inKeyOrder(context, entrants);
  return entrants;
}

/**
 * What a round reads of each entrant (size, wishes, key), copied to the entrant's position. A district's
 * entrants are spread over the season's requests, so reading them where they are, round by round in key
 * order, waits on memory at nearly every read; here the requests are read in one forward pass instead, and
 * each district's entrants end up in a few kilobytes of their own. `wishRoom` and `keyRoom` are where each
 * district's wishes and key bytes begin.
 */
function gatherEntrants(
  { input, index }: RoundContext,
  requests: Int32Array,
  entering: Int32Array,
  wishRoom: Int32Array,
  keyRoom: Int32Array,
): Omit<SharedEntrants, 'start' | 'requests'> {
  const unitCount = input.units.length;
  const columns = index.requests;
  const { requestUnits, wishStart, keyStart, keyEnd } = columns;
  const districts = wishRoom.length - 1;
  const n = requests.length;
  // `entering` now takes each entering request's position (-1 still marks the others): written in key order,
  // read in request order.
  const position = entering;
  for (let i = 0; i < n; i++) position[requests[i]!] = i;
  const slots = new Int32Array(n);
  const sizes = new Int32Array(n);
  const wishFrom = new Int32Array(n);
  const wishTo = new Int32Array(n);
  const wishes = new Int32Array(wishRoom[districts]!);
  const keyFrom = new Int32Array(n);
  const keyTo = new Int32Array(n);
  const keyBytes = new Uint8Array(keyRoom[districts]!);
  const wishAt = wishRoom.slice(0, districts);
  const keyAt = keyRoom.slice(0, districts);
  const { sizes: unitSizes } = index.units;
  const seasonWishes = columns.wishes;
  const seasonKeys = columns.keyBytes;
  const districtOf = columns.requestDistricts;
  for (let r = 0; r < requestUnits.length; r++) {
    if (entering[r]! < 0) continue;
    const i = position[r]!;
    const d = districtOf[r]!;
    const unit = requestUnits[r]!;
    slots[i] = unit >= 0 ? unit : unitCount + r;
    sizes[i] = unit >= 0 ? unitSizes[unit]! : requestNumbers(input, columns, r).length;
    let w = wishAt[d]!;
    wishFrom[i] = w;
    for (let k = wishStart[r]!; k < wishStart[r + 1]!; k++) wishes[w++] = seasonWishes[k]!;
    wishTo[i] = wishAt[d] = w;
    if (keyStart[r]! < 0) {
      keyFrom[i] = -1;
      continue;
    }
    let b = keyAt[d]!;
    keyFrom[i] = b;
    for (let k = keyStart[r]!; k < keyEnd[r]!; k++) keyBytes[b++] = seasonKeys[k]!;
    keyTo[i] = keyAt[d] = b;
  }
  return { slots, sizes, wishFrom, wishTo, wishes, keyFrom, keyTo, keyBytes };
}

/**
 * Puts each district's entrants, gathered in request order, in key order. Opted-in applicant units come
 * first, in unit order: with the season's numbers in order that is key order already, and only the
 * shared-only entrants (a few) are placed among them, each by a binary search over the keys the entrants
 * gathered (a district's own few kilobytes). Otherwise all are sorted by key.
 */
function inKeyOrder({ input, index }: RoundContext, entrants: SharedEntrants): void {
  const { start, requests, slots, sizes, wishFrom, wishTo, keyFrom, keyTo, keyBytes } = entrants;
  const columns = [requests, slots, sizes, wishFrom, wishTo, keyFrom, keyTo];
  const { firstOnly } = index.requests;
  const gathered = keyFrom.every((from) => from >= 0);
  const byKey = (a: number, b: number) =>
    gathered
      ? compareBytes(keyBytes, keyFrom[a]!, keyTo[a]!, keyFrom[b]!, keyTo[b]!)
      : compareRequestKeys(input, index.requests, requests[a]!, requests[b]!);
  let largest = 0;
  for (let d = 0; d + 1 < start.length; d++) largest = Math.max(largest, start[d + 1]! - start[d]!);
  const order = takeInts(largest);
  const scratch = takeInts(largest);
  for (let d = 0; d + 1 < start.length; d++) {
    const [from, to] = [start[d]!, start[d + 1]!];
    let split = from;
    while (split < to && requests[split]! < firstOnly) split++;
    if (index.units.inOrder && split === to) continue;
    const n = to - from;
    const sorted = order.subarray(0, n);
    if (index.units.inOrder) mergeShared(sorted, from, split, to, byKey);
    else {
      for (let i = 0; i < n; i++) sorted[i] = from + i;
      sorted.sort(byKey);
    }
    for (const column of columns) permute(column, from, sorted, scratch);
  }
  release(order);
  release(scratch);
}

/**
 * Positions from..to in key order into `sorted`, given from..split (applicant units) in key order already:
 * each of split..to (shared-only) goes before the first applicant unit whose key is above its own.
 */
function mergeShared(
  sorted: Int32Array,
  from: number,
  split: number,
  to: number,
  byKey: (a: number, b: number) => number,
): void {
  const only: number[] = [];
  for (let p = split; p < to; p++) only.push(p);
  only.sort(byKey);
  let at = 0;
  let next = from;
  for (const p of only) {
    // The first applicant unit after p, from where the previous one went.
    let lo = next;
    let hi = split;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byKey(mid, p) < 0) lo = mid + 1;
      else hi = mid;
    }
    while (next < lo) sorted[at++] = next++;
    sorted[at++] = p;
  }
  while (next < split) sorted[at++] = next++;
}

/** column[from + i] = the old column[sorted[i]], for i below sorted.length. */
function permute(column: Int32Array, from: number, sorted: Int32Array, scratch: Int32Array): void {
  for (let i = 0; i < sorted.length; i++) scratch[i] = column[sorted[i]!]!;
  column.set(scratch.subarray(0, sorted.length), from);
}

function compareBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): number {
  for (; a < aEnd && b < bEnd; a++, b++) if (bytes[a] !== bytes[b]) return bytes[a]! - bytes[b]!;
  return aEnd - a - (bEnd - b);
}
