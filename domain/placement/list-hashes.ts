// The canonical list hash of every draw a season runs, taken in one pass over its units (and one over its
// shared-seat requests) in input order. Reading a unit's numbers waits on memory whenever the reads jump
// about (300 schools interleave in the input: one school's units lie hundreds of units apart); walking the
// input forward, the memory system fetches ahead, and each draw's hash stream takes its units' keys as they
// pass. That holds a draw's units in input order to be its canonical list: true when the season's numbers
// are in order (validate-units.ts); otherwise each draw sorts and hashes its own list (rank-positions.ts).
import { byteOrder } from '../lottery/canonical-list';
import { toHex } from '../lottery/hex';
import { Sha256Stream } from '../lottery/sha256-stream';
import type { PlacementInput } from './placement-types';
import type { SeasonIndex } from './season-index';
import type { SharedEntrants } from './shared-entrants';
import { unitKey } from './validate-units';

// A module constant, not the imported binding, in the per-unit loops: see lottery/word-stream.ts.
const keyOf = unitKey;

/**
 * Per large district: the list hash of its shared round, for the districts `drawing` marks whose entrants,
 * in request order, are in key order (requests listed like their units are); undefined for the others.
 */
export function sharedListHashes(
  input: PlacementInput,
  index: SeasonIndex,
  entrants: SharedEntrants,
  drawing: Uint8Array,
): (string | undefined)[] {
  const districts = drawing.length;
  const requests = input.sharedSeats ?? [];
  const { requestUnits } = index.requests;
  const { inOrder } = index.units;
  const before = (r: number, next: number) => {
    const a = requestUnits[r]!;
    const b = requestUnits[next]!;
    if (inOrder && a >= 0 && b >= 0) return a < b;
    return byteOrder(keyOf(requests[r]!.applicationNumbers), keyOf(requests[next]!.applicationNumbers)) < 0;
  };
  const streamOf = new Int32Array(districts).fill(-1);
  const streams: Sha256Stream[] = [];
  for (let d = 0; d < districts; d++) {
    if (drawing[d] === 0) continue;
    let ordered = true;
    for (let i = entrants.start[d]! + 1; i < entrants.start[d + 1]! && ordered; i++)
      ordered = before(entrants.requests[i - 1]!, entrants.requests[i]!);
    if (ordered) streamOf[d] = streams.push(new Sha256Stream()) - 1;
  }
  const { entering } = entrants;
  feed(streams, (r) => (entering[r]! < 0 ? -1 : streamOf[entering[r]!]!), requests);
  return Array.from(streamOf, (k) => (k < 0 ? undefined : toHex(streams[k]!.digest())));
}

/** Item i's key to stream streamOf(i), keys joined with `\n`, items in input order. */
function feed(
  streams: readonly Sha256Stream[],
  streamOf: (i: number) => number,
  items: readonly { readonly applicationNumbers: readonly string[] }[],
): void {
  const started = new Uint8Array(streams.length);
  for (let i = 0; i < items.length; i++) {
    const k = streamOf(i);
    if (k < 0) continue;
    const stream = streams[k]!;
    if (started[k] === 1) stream.writeByte(0x0a);
    started[k] = 1;
    stream.writeText(keyOf(items[i]!.applicationNumbers));
  }
}
