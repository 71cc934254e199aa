import { holdsRegistration } from '../../domain/application/application-status';
import { planSchool, type TierFate } from '../../domain/placement';
import type { Season } from '../../types';
import type { ApplicationRecord, School, StoredDraw } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';
import { seasonRules } from '../verify/category-for';
import { tierOf } from './draw-snapshot';
import { GREEN_TIER, GREEN_TIER_NAME } from './publication-lead';

/** One district's season as the placement sees it: its schools, the tier order and who takes part. */
export interface SeasonScope {
  season: Season;
  schools: School[];
  /** Green channel first, then the season's categories in order. */
  tiers: { id: string; name: string }[];
  /** Applications holding a registration at these schools, in submit order. */
  apps: ApplicationRecord[];
}

export const loadSeasonScope = async (
  store: Store,
  season: Season,
  districtId: string,
): Promise<SeasonScope> => {
  const rules = (await seasonRules(store, season)).rules;
  const schools = (await store.catalog.listSchools())
    .filter((s) => s.districtId === districtId)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set(schools.map((s) => s.id));
  const apps = (await store.applications.listByDistrict(districtId, { seasonId: season.id })).filter(
    (a) => ids.has(a.schoolId) && holdsRegistration(a.status),
  );
  return {
    season,
    schools,
    tiers: [{ id: GREEN_TIER, name: GREEN_TIER_NAME }, ...rules.map((r) => ({ id: r.id, name: r.name }))],
    apps,
  };
};

/**
 * The season's ceremonies of one district, by draw id. Never the whole season's: the placement takes every
 * drawn ceremony it is given as units of its own schools, so another district's draw would derail it.
 */
export const loadDistrictDraws = async (
  store: Store,
  seasonId: string,
  districtId: string,
): Promise<Map<string, StoredDraw>> =>
  new Map(
    (await store.draws.listBySeason(seasonId))
      .filter((d) => d.districtId === districtId)
      .map((d) => [d.id, d]),
  );

export interface TierPlan {
  tier: string;
  children: number;
  remaining: number;
  fate: TierFate;
}

/** Children per tier of every school, in one pass over the applications (a city has hundreds of thousands). */
export const tierCounts = (scope: SeasonScope): Map<string, number[]> => {
  const tierIndex = new Map(scope.tiers.map((t, i) => [t.id, i]));
  const counts = new Map(scope.schools.map((s) => [s.id, scope.tiers.map(() => 0)]));
  for (const a of scope.apps) {
    const t = tierOf(a);
    const i = t === null ? undefined : tierIndex.get(t);
    if (i !== undefined) counts.get(a.schoolId)![i]! += 1;
  }
  return counts;
};

/**
 * A school's tiers in order with their head counts and fates: the same rule the placement applies
 * (domain/placement planSchool), so the console shows exactly the draws the placement will ask for.
 */
export const planOf = (scope: SeasonScope, school: School, counts: number[]): TierPlan[] => {
  const fates = planSchool(school.capacity, counts);
  let remaining = school.capacity;
  return scope.tiers.map((t, i) => {
    const row = { tier: t.id, children: counts[i]!, remaining: Math.max(0, remaining), fate: fates[i]! };
    remaining -= fates[i] === 'whole' ? counts[i]! : remaining;
    return row;
  });
};

/** The draw id of one school's tier; the ceremony and the placement must agree on it. */
export const schoolDrawId = (seasonId: string, schoolId: string, tier: string): string =>
  `${seasonId}-${schoolId}-${tier}`;

/** Applications per school still waiting for the departments: their tier is not known yet. */
export const pendingBySchool = (scope: SeasonScope): Map<string, number> => {
  const pending = new Map<string, number>();
  for (const a of scope.apps) {
    if (a.status === 'pending_verification') pending.set(a.schoolId, (pending.get(a.schoolId) ?? 0) + 1);
  }
  return pending;
};

/** The school draws the plan needs that have not run yet, named for staff (school「tier」). */
export const missingSchoolDraws = (scope: SeasonScope, draws: Map<string, StoredDraw>): string[] => {
  const counts = tierCounts(scope);
  return scope.schools.flatMap((school) =>
    planOf(scope, school, counts.get(school.id)!)
      .filter(
        (row) =>
          row.fate === 'draw' &&
          draws.get(schoolDrawId(scope.season.id, school.id, row.tier))?.status !== 'drawn',
      )
      .map((row) => `${school.name}「${scope.tiers.find((t) => t.id === row.tier)!.name}」`),
  );
};
