import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

export const useMyApplications = (skip: boolean) =>
  useApi(() => call('enroll', 'listMine', {}), [], { skip, refreshOnShow: true });

/** The children's birth dates: applications carry only the child's id, name and masked number. */
export const useMyChildren = (skip: boolean) =>
  useApi(() => call('enroll', 'listChildren', {}), [], { skip, refreshOnShow: true });

export const withdrawApplication = (applicationId: string) =>
  call('enroll', 'withdraw', { applicationId, reason: '家长主动撤回' });

export const bindSiblings = (applicationIds: string[]) => call('enroll', 'bindSiblings', { applicationIds });

export const unbindSiblings = (groupId: string) => call('enroll', 'unbindSiblings', { groupId });

/** Withdraws the family's shared-seat request; bound twins' request goes with it (one unit, one list). */
export const cancelSharedSeats = (applicationId: string) =>
  call('lottery', 'cancelShared', { applicationId });
