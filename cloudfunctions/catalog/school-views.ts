import type { School, SchoolView } from '../../types';
import { AppError } from '../lib/app-error';
import type { Store } from '../lib/ports/store';

/** Lists and details show district names, not ids: one read of each small table per request. */
export const schoolViewer = async (store: Store): Promise<(s: School) => SchoolView> => {
  const [districts, largeDistricts] = await Promise.all([
    store.catalog.listDistricts(),
    store.catalog.listLargeDistricts(),
  ]);
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const largeName = new Map(largeDistricts.map((d) => [d.id, d.name]));
  return (s) => ({
    ...s,
    districtName: districtName.get(s.districtId) ?? '',
    largeDistrictName: largeName.get(s.largeDistrictId) ?? '',
  });
};

export const loadSchool = async (store: Store, schoolId: string): Promise<School> => {
  const school = await store.catalog.getSchool(schoolId);
  if (!school) throw new AppError('NOT_FOUND.SCHOOL');
  return school;
};
