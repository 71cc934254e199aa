import { holdsRegistration } from '../../domain/application/application-status';
import { canonicalUnit, canonicalUnits, listHash } from '../../domain/lottery';
import type { ApplicationRecord, DrawUnit, School } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';
import { GREEN_TIER } from './publication-lead';

/** The tier an application competes in: the green channel first, otherwise its category (none: no draw). */
export const tierOf = (a: ApplicationRecord): string | null =>
  a.greenChannel ? GREEN_TIER : (a.category?.ruleId ?? null);

export interface DrawSnapshot {
  units: DrawUnit[];
  applicantCount: number;
  seats: number;
  listHash: string;
}

/**
 * Who takes part in the draw of one school and tier, fixed when the draw is scheduled. Bound siblings
 * (R2.1) are one unit. Seats are the capacity less the children of the tiers served before this one: each of
 * those tiers is admitted whole when it fits, and when it does not, it takes every seat (its own draw), so
 * either way this count is what it leaves. A later tier never takes seats from an earlier one.
 */
export const takeSnapshot = async (
  store: Store,
  seasonId: string,
  school: School,
  tierOrder: readonly string[],
  tier: string,
): Promise<DrawSnapshot> => {
  const apps = (await store.applications.listByDistrict(school.districtId, { seasonId })).filter(
    (a) => a.schoolId === school.id && holdsRegistration(a.status),
  );
  const rank = tierOrder.indexOf(tier);
  const earlier = apps.filter((a) => {
    const t = tierOf(a);
    return t !== null && tierOrder.indexOf(t) >= 0 && tierOrder.indexOf(t) < rank;
  }).length;
  const mine = apps.filter((a) => tierOf(a) === tier);

  // A group whose siblings sit in another tier keeps only the members of this tier here (their draws differ).
  const groups = new Map<string, ApplicationRecord[]>();
  for (const a of mine) {
    const id = a.siblingGroup?.id ?? `single:${a.id}`;
    groups.set(id, [...(groups.get(id) ?? []), a]);
  }
  const units = [...groups.values()].map((members) => {
    const { key, members: appNos } = canonicalUnit(members.map((m) => m.appNo));
    const byNo = new Map(members.map((m) => [m.appNo, m.id]));
    return { key, appNos: [...appNos], applicationIds: appNos.map((n) => byNo.get(n)!) };
  });
  units.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return {
    units,
    applicantCount: mine.length,
    seats: Math.max(0, school.capacity - earlier),
    listHash: listHash(canonicalUnits(units.map((u) => u.appNos))),
  };
};
