// The keys a draw ranks, for units the season already validated: applicant units by index, shared-seat
// requests by index. Only the units of draws that run are keyed and hashed: a quarter of a large season.
import { byteOrder } from '../lottery/canonical-list';
import type { UnitKeys } from '../lottery/unit-keys';
import type { PlacementInput } from './placement-types';
import { compareRequestKeys, requestNumbers } from './request-members';
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

/**
 * A shared round's entrants: shared-seat requests by index (`entrants`, in key order: shared-entrants.ts).
 * Keys are compared and hashed from the bytes copied for the rounds when there are any.
 */
export function entrantKeys(
  input: PlacementInput,
  index: SeasonIndex,
  entrants: Int32Array,
  listHash: string | undefined,
): UnitKeys {
  const { requests } = index;
  const { requestUnits, keyStart, keyEnd, keyBytes } = requests;
  const { inOrder } = index.units;
  const key = (i: number) => unitKey(requestNumbers(input, requests, entrants[i]!));
  return {
    length: entrants.length,
    key,
    // With the numbers in order, applicant units compare by index.
    compare: (i, j) => {
      const a = requestUnits[entrants[i]!]!;
      const b = requestUnits[entrants[j]!]!;
      return inOrder && a >= 0 && b >= 0
        ? a - b
        : compareRequestKeys(input, requests, entrants[i]!, entrants[j]!);
    },
    hash: (i, stream) => {
      const r = entrants[i]!;
      if (keyStart[r]! >= 0) stream.writeBytes(keyBytes, keyStart[r]!, keyEnd[r]!);
      else stream.writeText(key(i));
    },
    listHash,
  };
}
