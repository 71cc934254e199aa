import type { ApplicationStatus, ApplicationView } from '../../../types/models/application';

/** The statuses the backend refuses a request in (cloudfunctions/lottery/shared-request.ts): nothing to wait for. */
const CLOSED: readonly ApplicationStatus[] = ['admitted', 'withdrawn', 'rejected'];

/**
 * Whether this application may still ask for (or change) shared seats, as far as the page can tell: once the
 * shared round is scheduled the backend says so itself (LOTTERY.SHARED_CLOSED).
 */
export const canAskForSharedSeats = (a: Pick<ApplicationView, 'status' | 'placement'>): boolean =>
  !CLOSED.includes(a.status) && !a.placement;
