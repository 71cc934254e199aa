import type { ApplicationStatus } from '../../types/models/application';

/**
 * Allowed transitions. Review, verification and the lottery add their moves here, so that every
 * status change in the system is one of these edges and the timeline can always be explained.
 */
const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  pending_verification: ['submitted', 'withdrawn'],
  submitted: ['under_review', 'withdrawn'],
  under_review: ['approved', 'returned', 'rejected', 'withdrawn'],
  returned: ['under_review', 'withdrawn'],
  approved: ['admitted', 'waitlisted'],
  rejected: [],
  admitted: [],
  waitlisted: ['admitted'],
  withdrawn: [],
};

export const canTransition = (from: ApplicationStatus, to: ApplicationStatus): boolean =>
  TRANSITIONS[from].includes(to);

/** Statuses that hold the child's one seat in the season (R1.4); a withdrawn one frees it. */
export const holdsRegistration = (status: ApplicationStatus): boolean => status !== 'withdrawn';

/** A parent may withdraw until the season's deadline, and only before a decision is made. */
export const canWithdraw = (status: ApplicationStatus, now: Date, withdrawDeadline: string): boolean =>
  canTransition(status, 'withdrawn') && now.getTime() <= new Date(withdrawDeadline).getTime();
