// The keys a draw ranks, for units the season already validated: applicant units by index, shared-seat
// requests by index, and their bytes read from the lists validation wrote (byte-lists.ts).
import { byteOrder } from '../lottery/canonical-list';
import type { UnitKeys } from '../lottery/unit-keys';
import type { PlacementInput } from './placement-types';
import type { SeasonIndex } from './season-index';
import { unitKey } from './validate-units';

/**
 * A school tier's units (`bucket`: unit indices in input order). With the season's numbers in order, the
 * units are in key order and the cell's list is written already: the draw hashes it as it is.
 */
export function cellKeys(
  input: PlacementInput,
  index: SeasonIndex,
  cell: number,
  bucket: Int32Array,
): UnitKeys {
  const { cellLists, keys } = index.units;
  const key = (i: number) =>
    cellLists ? unitKey(input.units[bucket[i]!]!.applicationNumbers) : keys[bucket[i]!]!;
  return {
    length: bucket.length,
    key,
    compare: (i, j) => (cellLists ? i - j : byteOrder(key(i), key(j))),
    hash: (i, stream) => stream.writeText(key(i)),
    list: cellLists ? () => cellLists.pieces(cell) : undefined,
  };
}

/** A shared round's entrants: shared-seat requests by index (`entrants`), keys from their district's list. */
export function entrantKeys(input: PlacementInput, index: SeasonIndex, entrants: Int32Array): UnitKeys {
  const { requestUnits, keyLists, keyStart, keyEnd } = index.requests;
  const inOrder = index.units.cellLists !== null;
  const requests = input.sharedSeats ?? [];
  const key = (i: number) => unitKey(requests[entrants[i]!]!.applicationNumbers);
  return {
    length: entrants.length,
    key,
    // With the numbers in order, applicant units compare by index; others by their keys' bytes.
    compare: (i, j) => {
      const a = requestUnits[entrants[i]!]!;
      const b = requestUnits[entrants[j]!]!;
      if (inOrder && a >= 0 && b >= 0) return a - b;
      return compareBytes(
        keyLists.bytes,
        keyStart[entrants[i]!]!,
        keyEnd[entrants[i]!]!,
        keyStart[entrants[j]!]!,
        keyEnd[entrants[j]!]!,
      );
    },
    hash: (i, stream) => stream.writeBytes(keyLists.bytes, keyStart[entrants[i]!]!, keyEnd[entrants[i]!]!),
    list: undefined,
  };
}

/** Byte order of bytes[a .. aEnd) and bytes[b .. bEnd): the order of the keys they encode. */
function compareBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): number {
  for (; a < aEnd && b < bEnd; a++, b++) if (bytes[a] !== bytes[b]) return bytes[a]! - bytes[b]!;
  return aEnd - a - (bEnd - b);
}
