import type { Address } from '../../types/models/address';
import type { DepartmentFacts } from '../../types/models/department-facts';

/** What the departments confirmed about one family (absent = not verified, for whatever reason). */
export interface VerifiedFamily {
  hukou?: DepartmentFacts['hukou'];
  property?: DepartmentFacts['property'];
  socialInsurance?: DepartmentFacts['social_insurance'];
  residencePermit?: DepartmentFacts['residence_permit'];
}

/** Facts relative to one school, the inputs of the category table. */
export interface SchoolFacts {
  hukouInZone: boolean;
  propertyInZone: boolean;
  hukouAtProperty: boolean;
  ownerIsGuardian: boolean;
  permitValid: boolean;
  rentalInZone: boolean;
  insuranceMonths: number;
  hukouYears: number;
}

const key = (a: Address) =>
  [
    a.district,
    a.street ?? '',
    (a.houseNumber ?? '').replace(/号$/, ''),
    a.estate ?? '',
    a.building ?? '',
  ].join('|');

/** Two department addresses describe the same home. Departments spell them the same way (one registry). */
export const sameAddress = (a: Address, b: Address): boolean => key(a) === key(b);

/**
 * @param inZone tells whether an address lies in the school's zone (the zone matcher, unambiguously).
 * @param onDate the season's cut-off date: hukou years are counted up to it.
 */
export const schoolFacts = (
  f: VerifiedFamily,
  inZone: (a: Address) => boolean,
  onDate: string,
): SchoolFacts => {
  const years = f.hukou
    ? Math.max(0, (Date.parse(onDate) - Date.parse(f.hukou.moveInDate)) / (365.2425 * 24 * 3600 * 1000))
    : 0;
  return {
    hukouInZone: !!f.hukou && inZone(f.hukou.address),
    propertyInZone: !!f.property && inZone(f.property.address),
    hukouAtProperty: !!f.hukou && !!f.property && sameAddress(f.hukou.address, f.property.address),
    ownerIsGuardian: !!f.property && f.property.owner !== 'other',
    permitValid: !!f.residencePermit?.permitValid,
    rentalInZone: !!f.residencePermit?.rentalAddress && inZone(f.residencePermit.rentalAddress),
    insuranceMonths: f.socialInsurance?.monthsPaid ?? 0,
    hukouYears: Math.floor(years),
  };
};
