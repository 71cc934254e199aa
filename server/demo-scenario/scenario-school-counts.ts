import { holdsRegistration } from '../../domain/application/application-status';
import type { Ports } from '../../cloudfunctions/lib/ports/ports';
import { tierOf } from '../../cloudfunctions/lottery/draw-snapshot';
import { GREEN_TIER, GREEN_TIER_NAME } from '../../cloudfunctions/lottery/publication-lead';
import { SCENARIO_GROUPS } from './scenario-plan';

export interface ScenarioSchoolCount {
  schoolId: string;
  schoolName: string;
  capacity: number;
  /** Applications holding a seat claim, per tier in the order they were met: [tier id, name, count]. */
  tiers: [tier: string, name: string, count: number][];
  total: number;
}

/** What the scenario left at each of its schools, read back from the store (the console line's source). */
export const countScenarioSchools = async (
  ports: Ports,
  seasonId: string,
): Promise<ScenarioSchoolCount[]> => {
  const ids = [...new Set(SCENARIO_GROUPS.map((g) => g.schoolId))];
  const out: ScenarioSchoolCount[] = [];
  for (const id of ids) {
    const school = await ports.store.catalog.getSchool(id);
    if (!school) continue;
    const apps = (await ports.store.applications.listByDistrict(school.districtId, { seasonId })).filter(
      (a) => a.schoolId === id && holdsRegistration(a.status),
    );
    const tiers = new Map<string, [string, string, number]>();
    for (const a of apps) {
      const tier = tierOf(a) ?? 'pending';
      const name = tier === GREEN_TIER ? GREEN_TIER_NAME : (a.category?.name ?? '待核验');
      const row = tiers.get(tier) ?? [tier, name, 0];
      row[2] += 1;
      tiers.set(tier, row);
    }
    out.push({
      schoolId: id,
      schoolName: school.name,
      capacity: school.capacity,
      tiers: [...tiers.values()],
      total: apps.length,
    });
  }
  return out;
};
