import { APPLICATION_STATUS_LABELS, type ApplicationView } from '../../types';
import { canWithdraw } from '../../domain/application/application-status';
import type { ApplicationRecord, School, Season } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';

export const toApplicationView = (
  a: ApplicationRecord,
  school: Pick<School, 'id' | 'name' | 'phone'>,
  season: Pick<Season, 'withdrawDeadline'> | null,
  now: Date,
): ApplicationView => ({
  id: a.id,
  appNo: a.appNo,
  seasonId: a.seasonId,
  stage: a.stage,
  child: { id: a.childId, name: a.childName, idMasked: a.childIdMasked },
  school: { id: school.id, name: school.name, phone: school.phone, largeDistrictId: a.largeDistrictId },
  basis: a.basis,
  hukouAddress: a.hukouAddress,
  residenceAddress: a.residenceAddress,
  zoneMatch: a.zoneMatch,
  eligibility: a.eligibility,
  ...(a.category ? { category: a.category } : {}),
  ...(a.greenChannel ? { greenChannel: a.greenChannel } : {}),
  ...(a.siblingGroup ? { binding: { groupId: a.siblingGroup.id, appNos: a.siblingGroup.appNos } } : {}),
  ...(a.placement ? { placement: a.placement } : {}),
  ...(a.sharedChoice ? { sharedChoice: a.sharedChoice } : {}),
  status: a.status,
  statusLabel: APPLICATION_STATUS_LABELS[a.status],
  timeline: a.timeline,
  submittedAt: a.submittedAt,
  canWithdraw: season ? canWithdraw(a.status, now, season.withdrawDeadline) : false,
});

/** Views for several applications: each school and season is read once. */
export const toApplicationViews = async (
  store: Store,
  apps: ApplicationRecord[],
  now: Date,
): Promise<ApplicationView[]> => {
  const schools = new Map<string, School | null>();
  const seasons = new Map<string, Season | null>();
  for (const a of apps) {
    if (!schools.has(a.schoolId)) schools.set(a.schoolId, await store.catalog.getSchool(a.schoolId));
    if (!seasons.has(a.seasonId)) seasons.set(a.seasonId, await store.catalog.getSeason(a.seasonId));
  }
  return apps.map((a) =>
    toApplicationView(
      a,
      schools.get(a.schoolId) ?? { id: a.schoolId, name: '（学校已停用）', phone: '12345' },
      seasons.get(a.seasonId) ?? null,
      now,
    ),
  );
};
