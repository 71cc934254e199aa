import { APPLICATION_STATUS_LABELS, type FamilyProgress } from '../../types';
import type { HelperGrantRecord } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';

type Progress = Pick<FamilyProgress, 'children' | 'applications' | 'draws'>;

/** Draw outcomes of the family's applications, from draws that have run: rank r of n and admitted or not. */
const drawResults = async (store: Store, apps: FamilyProgress['applications'], seasons: string[]) => {
  const out: FamilyProgress['draws'] = [];
  for (const seasonId of seasons) {
    for (const d of await store.draws.listBySeason(seasonId)) {
      if (d.status !== 'drawn' || !d.outcomes) continue;
      for (const app of apps) {
        const unit = d.units.find((u) => u.applicationIds.includes(app.id));
        const outcome = unit && d.outcomes.find((o) => o.key === unit.key);
        if (!outcome) continue;
        out.push({
          applicationId: app.id,
          appNo: app.appNo,
          schoolName: d.schoolName,
          tierName: d.tierName,
          rank: outcome.rank,
          of: d.outcomes.length,
          admitted: outcome.admitted,
          resultLabel: outcome.admitted ? '摇号录取' : '候补',
        });
      }
    }
  }
  return out;
};

/**
 * What the `view_progress` scope shows, built from a whitelist: names and masked ID numbers, school,
 * status, timeline and draw results. Addresses, birth dates, materials and department answers stay out.
 */
export const loadFamilyProgress = async (store: Store, grant: HelperGrantRecord): Promise<Progress> => {
  const [children, apps] = await Promise.all([
    store.children.listByGuardian(grant.guardianId),
    store.applications.listByGuardian(grant.guardianId),
  ]);
  const schools = new Map<string, string>();
  for (const a of apps) {
    if (!schools.has(a.schoolId))
      schools.set(a.schoolId, (await store.catalog.getSchool(a.schoolId))?.name ?? '（学校已停用）');
  }
  const applications = apps.map((a) => ({
    id: a.id,
    appNo: a.appNo,
    childName: a.childName,
    childIdMasked: a.childIdMasked,
    stage: a.stage,
    schoolName: schools.get(a.schoolId) ?? '（学校已停用）',
    status: a.status,
    statusLabel: APPLICATION_STATUS_LABELS[a.status],
    timeline: a.timeline,
    submittedAt: a.submittedAt,
  }));
  return {
    children: children.map((c) => ({ id: c.id, name: c.name, idMasked: c.idMasked })),
    applications,
    draws: await drawResults(store, applications, [...new Set(apps.map((a) => a.seasonId))]),
  };
};
