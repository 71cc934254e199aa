import type { Stage } from '../../../types/common';
import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

export const useApplication = (applicationId: string, skip: boolean) =>
  useApi(() => call('enroll', 'getApplication', { applicationId }), [applicationId], { skip });

/** The schools of one large district and stage: the shared round's seats are theirs. */
export const useDistrictSchools = (stage: Stage | undefined, largeDistrictId: string | undefined) =>
  useApi(() => call('catalog', 'listSchools', { stage, largeDistrictId }), [stage, largeDistrictId], {
    skip: !stage || !largeDistrictId,
  });

export const requestSharedSeats = (applicationId: string, schoolIds: string[]) =>
  call('lottery', 'requestShared', { applicationId, schoolIds });
