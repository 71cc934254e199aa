// Test helper: small seasons written as data. Draw parameters are derived from names so every draw of a test
// has its own valid id, and `entropy` lets a test look for the ranking it needs without touching the spec.
import { attachSharedRequests } from './attach-requests';
import type { ApplicantUnit, PlacementInput, SchoolSeats, SharedSeatsRequest } from './placement-types';

export const TIERS = ['green', 'class-1', 'class-2'];

/** `requests`: opt-ins of applicant units (named by their numbers) and shared-only units, as the store has them. */
export function season(
  schools: readonly SchoolSeats[],
  units: readonly ApplicantUnit[],
  requests: readonly SharedSeatsRequest[] = [],
  entropy = '20260701',
): PlacementInput {
  return {
    schools,
    tiers: TIERS,
    tierNames: { green: '绿色通道', 'class-1': '第一类', 'class-2': '第二类' },
    ...attachSharedRequests(units, requests),
    drawParams: (schoolId, tier) => ({
      drawId: `2026-${schoolId}-${tier}`,
      secret: 'operator-secret-2026-season',
      publicEntropy: entropy,
    }),
    sharedDrawParams: (district) => ({
      drawId: `2026-shared-${district}`,
      secret: 'operator-secret-2026-shared',
      publicEntropy: entropy,
    }),
  };
}

export const school = (id: string, seats: number, largeDistrictId = 'south'): SchoolSeats => ({
  id,
  seats,
  largeDistrictId,
});

/** `unit('s1', 'class-1', 'A1')`, or bound twins: `unit('s1', 'class-1', 'T1', 'T2')`. */
export const unit = (schoolId: string, tier: string, ...applicationNumbers: string[]): ApplicantUnit => ({
  applicationNumbers,
  schoolId,
  tier,
});

export const wants = (
  largeDistrictId: string,
  numbers: string[],
  ...schoolIds: string[]
): SharedSeatsRequest => ({
  applicationNumbers: numbers,
  largeDistrictId,
  schoolIds,
});

/** Many singles `P1..Pn` of one school and tier. */
export const singles = (schoolId: string, tier: string, prefix: string, n: number): ApplicantUnit[] =>
  Array.from({ length: n }, (_, i) => unit(schoolId, tier, `${prefix}${i + 1}`));
