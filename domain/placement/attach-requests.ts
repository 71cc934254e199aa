// Shared-seat opt-ins held as requests that name their unit's numbers (as the store and a scheduled round
// hold them), made into the placement's input: a request whose numbers are exactly one applicant unit's
// becomes that unit's sharedSchoolIds; any other is a shared-only unit, and validation says what is wrong
// with it if its numbers did apply to a school.
import { canonicalUnit } from '../lottery/canonical-list';
import type { ApplicantUnit, SharedSeatsRequest } from './placement-types';

export function attachSharedRequests(
  units: readonly ApplicantUnit[],
  requests: readonly SharedSeatsRequest[],
): { units: ApplicantUnit[]; sharedOnly: SharedSeatsRequest[] } {
  const wishes = new Map<string, readonly string[]>();
  const sharedOnly: SharedSeatsRequest[] = [];
  const unitKeys = new Set(units.map((unit) => canonicalUnit(unit.applicationNumbers).key));
  for (const request of requests) {
    const key = canonicalUnit(request.applicationNumbers).key;
    if (unitKeys.has(key) && !wishes.has(key)) wishes.set(key, request.schoolIds);
    else sharedOnly.push(request);
  }
  return {
    units: units.map((unit) => {
      const schoolIds = wishes.get(canonicalUnit(unit.applicationNumbers).key);
      return schoolIds === undefined ? unit : { ...unit, sharedSchoolIds: schoolIds };
    }),
    sharedOnly,
  };
}
