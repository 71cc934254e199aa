import type { ApplicationStatus } from '../../../types/models/application';
import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

export const useReviewList = (status: ApplicationStatus | undefined, skip: boolean) =>
  useApi(() => call('review', 'listApplications', { status }), [status], { skip, refreshOnShow: true });
