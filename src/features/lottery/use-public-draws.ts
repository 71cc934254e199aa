import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

/** Public reads (no login): the season's draws, and one draw's published content. */
export const usePublicDraws = () =>
  useApi(() => call('lottery', 'listPublic', {}), [], { refreshOnShow: true });

export const useDrawRecord = (drawId: string) =>
  useApi(() => call('lottery', 'getRecord', { drawId }), [drawId]);

/** A shared round names schools by id; the large district's school list gives their names (public too). */
export const useSchoolNames = (largeDistrictId: string | undefined) => {
  const schools = useApi(() => call('catalog', 'listSchools', { largeDistrictId }), [largeDistrictId], {
    skip: !largeDistrictId,
  });
  const names = new Map((schools.data ?? []).map((s) => [s.id, s.name]));
  return (schoolId: string) => names.get(schoolId) ?? schoolId;
};
