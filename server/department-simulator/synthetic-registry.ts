import { createHash } from 'node:crypto';
import { makeIdNumber } from '../../domain/id-number/make-id-number';
import type { DepartmentFacts, DepartmentKind } from '../../types/models/department-facts';
import { LOCAL_REGION, MIGRANT_REGIONS } from './demo-addresses';
import { demoHouseholds } from './demo-families';
import { HOUSEHOLD_PROFILES, type Household, type HouseholdProfile } from './household';
import { recordsFor } from './household-records';
import { createRng, type Rng } from './prng';
import { addDays } from './synthetic-dates';

export interface SyntheticRegistry {
  readonly seed: number;
  /** Generated households plus the named demo families. */
  readonly households: readonly Household[];
  /** The record of one kind for this guardian and child together, or null (answered as not_found). */
  lookup<K extends DepartmentKind>(
    kind: K,
    guardianIdNumber: string,
    childIdNumber: string,
  ): DepartmentFacts[K] | null;
  /** SHA-256 over all households: equal fingerprints, equal data. */
  fingerprint(): string;
}

// Percent of generated households per profile; every profile appears in a registry of 10,000.
const WEIGHTS: Record<HouseholdProfile, number> = {
  owner_in_zone: 36,
  split_zones: 10,
  hukou_only: 6,
  renter: 14,
  migrant_short: 8,
  migrant_no_permit: 4,
  mismatch: 10,
  records_missing: 6,
  military: 3,
  talent: 3,
};
const pickProfile = (rng: Rng): HouseholdProfile => {
  let roll = rng.next() * 100;
  for (const p of HOUSEHOLD_PROFILES) if ((roll -= WEIGHTS[p]) < 0) return p;
  return 'owner_in_zone';
};
const LOCAL_PROFILES = new Set<HouseholdProfile>([
  'owner_in_zone',
  'split_zones',
  'hukou_only',
  'mismatch',
  'records_missing',
  'military',
]);
const MAX_HOUSEHOLDS = 140_000;
const seq3 = (n: number) => String(n).padStart(3, '0');

/**
 * ID numbers are built from the index so that they are unique by construction: household i has a child
 * born on day i mod 366 of the 2026 intake window and a guardian born on day i mod 5000 from 1980, with
 * sequence numbers from 200 up (1xx belongs to the demo families) and the parity giving the sex.
 */
const generate = (i: number, rng: Rng): Household => {
  const profile = pickProfile(rng);
  const male = rng.chance(0.5);
  const region = LOCAL_PROFILES.has(profile) ? LOCAL_REGION : rng.pick(MIGRANT_REGIONS);
  const guardianSeq = 200 + 2 * Math.floor(i / 5000) + (male ? 1 : 0);
  const childSeq = 200 + 2 * Math.floor(i / 366) + (rng.chance(0.5) ? 1 : 0);
  return {
    id: `hh-${String(i).padStart(6, '0')}`,
    profile,
    guardianIdNumber: makeIdNumber(region, addDays('1980-01-01', i % 5000), seq3(guardianSeq)),
    childIdNumber: makeIdNumber(LOCAL_REGION, addDays('2019-09-01', i % 366), seq3(childSeq)),
    records: recordsFor(profile, rng, male ? 'father' : 'mother'),
  };
};

/**
 * A deterministic synthetic citizen registry of the demo city: same seed and size, same data. `extra`
 * households (a demo scenario's families) are added as given, beside the named demo families.
 */
export const createSyntheticRegistry = (
  seed = 2026,
  households = 10_000,
  extra: readonly Household[] = [],
): SyntheticRegistry => {
  if (!Number.isInteger(households) || households < 0 || households > MAX_HOUSEHOLDS)
    throw new RangeError(`households must be an integer in 0…${MAX_HOUSEHOLDS}`);
  const rng = createRng(seed);
  const all: Household[] = Array.from({ length: households }, (_, i) => generate(i, rng));
  all.push(...demoHouseholds(), ...extra);
  const byPair = new Map(all.map((h) => [`${h.guardianIdNumber}|${h.childIdNumber}`, h]));
  let fingerprint: string | undefined;
  return {
    seed,
    households: all,
    lookup: (kind, guardianIdNumber, childIdNumber) =>
      (byPair.get(`${guardianIdNumber}|${childIdNumber}`)?.records[kind] ?? null) as never,
    fingerprint: () => (fingerprint ??= createHash('sha256').update(JSON.stringify(all)).digest('hex')),
  };
};
