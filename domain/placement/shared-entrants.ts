// Who enters each large district's shared round. An applicant enters only if its own school waitlisted it
// (a placed child keeps its place); a unit that applied only for shared seats always enters. Districts come in
// the order of the schools list, entrants in the order of the requests: the same input gives the same record.
import type { UnitPlacement } from './round-context';
import type { PlacementInput, SharedSeatsRequest } from './placement-types';
import { unitKey } from './season-index';

export interface SharedEntrant {
  readonly key: string;
  readonly request: SharedSeatsRequest;
  /** Index into placements: the applicant unit, or units.length + request index for a shared-only unit. */
  readonly slot: number;
}

export function sharedEntrants(
  input: PlacementInput,
  placements: readonly (UnitPlacement | undefined)[],
  requestUnits: readonly number[],
): Map<string, SharedEntrant[]> {
  const byDistrict = new Map<string, SharedEntrant[]>();
  for (const school of input.schools) {
    if (!byDistrict.has(school.largeDistrictId)) byDistrict.set(school.largeDistrictId, []);
  }
  (input.sharedSeats ?? []).forEach((request, r) => {
    const unit = requestUnits[r]!;
    if (unit >= 0 && placements[unit]?.status !== 'waitlisted') return;
    const slot = unit >= 0 ? unit : input.units.length + r;
    const key = unitKey(request.applicationNumbers);
    byDistrict.get(request.largeDistrictId)!.push({ key, request, slot });
  });
  for (const [id, entrants] of byDistrict) if (entrants.length === 0) byDistrict.delete(id);
  return byDistrict;
}
