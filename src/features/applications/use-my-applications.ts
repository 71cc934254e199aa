import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

export const useMyApplications = (skip: boolean) =>
  useApi(() => call('enroll', 'listMine', {}), [], { skip, refreshOnShow: true });

export const withdrawApplication = (applicationId: string) =>
  call('enroll', 'withdraw', { applicationId, reason: '家长主动撤回' });
