import type { DepartmentFacts, DepartmentKind } from '../../types/models/department-facts';

/** The situations the synthetic registry covers; each is a case the category rules must handle. */
export const HOUSEHOLD_PROFILES = [
  'owner_in_zone', // hukou and owned home at the same address in one zone
  'split_zones', // hukou in one zone, owned home in another
  'hukou_only', // hukou in zone (e.g. at grandparents'), no property of the family
  'renter', // hukou elsewhere; valid residence permit, rental registered, 24+ months of insurance
  'migrant_short', // as a renter, but fewer than 12 months of insurance
  'migrant_no_permit', // hukou elsewhere, permit expired, rental not registered
  'mismatch', // records that disagree with a typical application (relation, recent move-in, owner)
  'records_missing', // known to some departments only
  'military', // active service, martyr or died on duty
  'talent', // a recognised talent category
] as const;
export type HouseholdProfile = (typeof HOUSEHOLD_PROFILES)[number];

export type HouseholdRecords = { [K in DepartmentKind]?: DepartmentFacts[K] };

/**
 * One guardian and one child and what each department holds about them. A kind without a record answers
 * `not_found`. Military and talent records exist for every household (status 'none', category null):
 * those departments answer "no such status" rather than "unknown person".
 */
export interface Household {
  id: string;
  profile: HouseholdProfile;
  guardianIdNumber: string;
  childIdNumber: string;
  records: HouseholdRecords;
}
