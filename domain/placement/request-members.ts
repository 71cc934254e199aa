// A shared-seat request's numbers and schools as the input holds them: an opted-in applicant unit's own, or
// a shared-only unit's (validate-shared-seats.ts numbers the requests); and its key, from the bytes copied
// for the rounds when it has them.
import { byteOrder } from '../lottery/canonical-list';
import type { PlacementInput } from './placement-types';
import type { CheckedRequests } from './validate-shared-seats';
import { unitKey } from './validate-units';

export function requestNumbers(
  input: PlacementInput,
  requests: CheckedRequests,
  r: number,
): readonly string[] {
  const u = requests.requestUnits[r]!;
  return u >= 0
    ? input.units[u]!.applicationNumbers
    : input.sharedOnly![r - requests.firstOnly]!.applicationNumbers;
}

export function requestSchoolIds(
  input: PlacementInput,
  requests: CheckedRequests,
  r: number,
): readonly string[] {
  const u = requests.requestUnits[r]!;
  return u >= 0 ? input.units[u]!.sharedSchoolIds! : input.sharedOnly![r - requests.firstOnly]!.schoolIds;
}

/** The byte order of requests r's and q's keys: from the copied bytes if both have them. */
export function compareRequestKeys(
  input: PlacementInput,
  requests: CheckedRequests,
  r: number,
  q: number,
): number {
  const { keyStart, keyEnd, keyBytes } = requests;
  let a = keyStart[r]!;
  let b = keyStart[q]!;
  if (a < 0 || b < 0) {
    return byteOrder(
      unitKey(requestNumbers(input, requests, r)),
      unitKey(requestNumbers(input, requests, q)),
    );
  }
  const aEnd = keyEnd[r]!;
  const bEnd = keyEnd[q]!;
  for (; a < aEnd && b < bEnd; a++, b++) if (keyBytes[a] !== keyBytes[b]) return keyBytes[a]! - keyBytes[b]!;
  return aEnd - a - (bEnd - b);
}
