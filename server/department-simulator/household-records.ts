import type { Address } from '../../types/models/address';
import type { DepartmentFacts } from '../../types/models/department-facts';
import { addressElsewhere, addressInZone, otherZone, PRIMARY_ZONE_IDS } from './demo-addresses';
import type { HouseholdProfile, HouseholdRecords } from './household';
import type { Rng } from './prng';
import { dateBetween } from './synthetic-dates';

const CITY = '青岚市';
type Facts = DepartmentFacts;
type Relation = Facts['hukou']['relation'];

const hukou = (address: Address, relation: Relation, moveInDate: string): Facts['hukou'] => ({
  address,
  relation,
  moveInDate,
  sameHousehold: true,
});
const owned = (rng: Rng, address: Address, from = '2008-01-01'): Facts['property'] => {
  const owner = rng.pick(['guardian', 'guardian_and_spouse', 'guardian_and_spouse', 'spouse'] as const);
  const share = owner === 'guardian' && rng.chance(0.3) ? 0.5 : 1;
  return { owner, address: { ...address }, share, registeredOn: dateBetween(rng, from, '2024-12-31') };
};
const insurance = (rng: Rng, min: number, max: number): Facts['social_insurance'] => ({
  monthsPaid: rng.int(min, max),
  city: CITY,
  paidUpToDate: rng.chance(0.9),
});
const permit = (rng: Rng, rentalAddress: Address, valid = true): Facts['residence_permit'] =>
  valid
    ? {
        permitValid: true,
        validUntil: dateBetween(rng, '2026-09-01', '2028-12-31'),
        rentalRegistered: true,
        rentalAddress,
      }
    : {
        permitValid: false,
        validUntil: dateBetween(rng, '2024-01-01', '2025-12-31'),
        rentalRegistered: false,
      };
const NONE = { military: { status: 'none' }, talent: { category: null } } as const;

/** An owner living in zone: the baseline several profiles vary. */
const ownerInZone = (rng: Rng, relation: Relation): HouseholdRecords => {
  const home = addressInZone(rng.pick(PRIMARY_ZONE_IDS), rng);
  const moveIn = dateBetween(rng, '2010-01-01', '2023-12-31');
  return {
    hukou: hukou(home, relation, moveIn),
    property: owned(rng, home),
    social_insurance: insurance(rng, 12, 180),
  };
};
const renting = (rng: Rng, relation: Relation, months: [number, number]): HouseholdRecords => ({
  hukou: hukou(addressElsewhere(rng), relation, dateBetween(rng, '2000-01-01', '2020-12-31')),
  residence_permit: permit(rng, addressInZone(rng.pick(PRIMARY_ZONE_IDS), rng)),
  social_insurance: insurance(rng, ...months),
});

/** What each department holds for a household of this profile. */
export const recordsFor = (profile: HouseholdProfile, rng: Rng, relation: Relation): HouseholdRecords => {
  switch (profile) {
    case 'owner_in_zone':
      return { ...ownerInZone(rng, relation), ...NONE };
    case 'split_zones': {
      const zone = rng.pick(PRIMARY_ZONE_IDS);
      const moveIn = dateBetween(rng, '2005-01-01', '2020-12-31');
      const home = addressInZone(otherZone(zone, rng), rng);
      return {
        ...ownerInZone(rng, relation),
        hukou: hukou(addressInZone(zone, rng), relation, moveIn),
        property: owned(rng, home),
        ...NONE,
      };
    }
    case 'hukou_only': {
      const { hukou: h, social_insurance } = ownerInZone(rng, relation);
      return { hukou: h, social_insurance, ...NONE };
    }
    case 'renter':
      return { ...renting(rng, relation, [24, 120]), ...NONE };
    case 'migrant_short':
      return { ...renting(rng, relation, [1, 11]), ...NONE };
    case 'migrant_no_permit': {
      const base = renting(rng, relation, [0, 30]);
      return {
        ...base,
        residence_permit: permit(rng, addressInZone(rng.pick(PRIMARY_ZONE_IDS), rng), false),
        ...NONE,
      };
    }
    case 'mismatch':
      return { ...disagreeing(rng, ownerInZone(rng, relation)), ...NONE };
    case 'records_missing': {
      const base = ownerInZone(rng, relation);
      return rng.chance(0.5)
        ? { property: base.property, social_insurance: base.social_insurance, ...NONE }
        : { hukou: base.hukou, property: base.property, ...NONE };
    }
    case 'military': {
      const status = rng.pick(['active', 'active', 'active', 'martyr', 'died_on_duty'] as const);
      return { ...ownerInZone(rng, relation), ...NONE, military: { status } };
    }
    case 'talent': {
      const base = rng.chance(0.5) ? ownerInZone(rng, relation) : renting(rng, relation, [6, 60]);
      return { ...base, ...NONE, talent: { category: rng.pick(['A类', 'B类', 'C类', 'D类']) } };
    }
  }
};

/** One of the ways real records contradict an application (the parent typed 父亲, the register says 其他…). */
const disagreeing = (rng: Rng, base: HouseholdRecords): HouseholdRecords => {
  const h = base.hukou as Facts['hukou'];
  switch (rng.int(0, 3)) {
    case 0:
      return { ...base, hukou: { ...h, relation: 'other' } };
    case 1:
      return { ...base, hukou: { ...h, moveInDate: dateBetween(rng, '2026-01-01', '2026-03-31') } };
    case 2:
      return { ...base, hukou: { ...h, sameHousehold: false } };
    default:
      return { ...base, property: { ...(base.property as Facts['property']), owner: 'other', share: 0 } };
  }
};
