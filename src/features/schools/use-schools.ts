import type { Stage } from '../../../types/common';
import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

export const useSchools = (stage?: Stage, largeDistrictId?: string) =>
  useApi(() => call('catalog', 'listSchools', { stage, largeDistrictId }), [stage, largeDistrictId]);

export const useSchool = (schoolId: string) =>
  useApi(() => call('catalog', 'getSchool', { schoolId }), [schoolId]);

export const useLargeDistricts = () => useApi(() => call('catalog', 'home', {}), []);
