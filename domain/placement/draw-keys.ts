// The keys a draw ranks, for units the season already validated: applicant units by index, shared-seat
// requests by index. Only the units of draws that run are keyed and hashed: a quarter of a large season.
import { byteOrder } from '../lottery/canonical-list';
import type { UnitKeys } from '../lottery/unit-keys';
import type { PlacementInput } from './placement-types';
import type { SeasonIndex } from './season-index';
import { unitKey } from './validate-units';

/**
 * A school tier's units (`bucket`: unit indices in input order). With the season's numbers in order, the
 * units are in key order already, compare by position, and their list is hashed (list-hashes.ts).
 */
export function cellKeys(
  input: PlacementInput,
  index: SeasonIndex,
  bucket: Int32Array,
  listHash: string | undefined,
): UnitKeys {
  const { inOrder, keys } = index.units;
  const units = input.units;
  const key = (i: number) => (inOrder ? unitKey(units[bucket[i]!]!.applicationNumbers) : keys[bucket[i]!]!);
  return {
    length: bucket.length,
    key,
    compare: (i, j) => (inOrder ? i - j : byteOrder(key(i), key(j))),
    hash: (i, stream) => stream.writeText(key(i)),
    listHash,
  };
}

/** A shared round's entrants: shared-seat requests by index (`entrants`), in request order. */
export function entrantKeys(
  input: PlacementInput,
  index: SeasonIndex,
  entrants: Int32Array,
  listHash: string | undefined,
): UnitKeys {
  const { requestUnits } = index.requests;
  const { inOrder } = index.units;
  const requests = input.sharedSeats ?? [];
  const key = (i: number) => unitKey(requests[entrants[i]!]!.applicationNumbers);
  return {
    length: entrants.length,
    key,
    // With the numbers in order, applicant units compare by index; others by their keys.
    compare: (i, j) => {
      const a = requestUnits[entrants[i]!]!;
      const b = requestUnits[entrants[j]!]!;
      return inOrder && a >= 0 && b >= 0 ? a - b : byteOrder(key(i), key(j));
    },
    hash: (i, stream) => stream.writeText(key(i)),
    listHash,
  };
}
