import type { ApplicationStatus } from '../../types/models/application';

/** What a draw sets (R3): inside the seats, or on the waitlist in ranking order. */
const DRAW_RESULTS = ['admitted', 'waitlisted'] as const;

/**
 * Allowed transitions. Review, verification and the lottery add their moves here, so that every
 * status change in the system is one of these edges and the timeline can always be explained.
 */
const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  pending_verification: ['submitted', 'withdrawn'],
  // submitted/under_review → admitted|waitlisted: the review step is not built yet, so the draw meets
  // applications that were never approved; its published result must still reach them. When review exists,
  // the snapshot should take approved applications only and these two edges can go.
  submitted: ['under_review', 'withdrawn', ...DRAW_RESULTS],
  under_review: ['approved', 'returned', 'rejected', 'withdrawn', ...DRAW_RESULTS],
  returned: ['under_review', 'withdrawn'],
  approved: [...DRAW_RESULTS],
  rejected: [],
  // admitted → withdrawn: the family declines the seat after the draw (lottery.decline); the seat passes on.
  admitted: ['withdrawn'],
  // waitlisted → admitted: a waitlisted unit accepts the seat offered to it when an admitted family declines.
  waitlisted: ['admitted'],
  withdrawn: [],
};

export const canTransition = (from: ApplicationStatus, to: ApplicationStatus): boolean =>
  TRANSITIONS[from].includes(to);

/** Statuses that hold the child's one seat in the season (R1.4); a withdrawn one frees it. */
export const holdsRegistration = (status: ApplicationStatus): boolean => status !== 'withdrawn';

/** Decided by a draw: leaving from here is declining the seat (lottery.decline), never a plain withdrawal. */
export const isDrawDecided = (status: ApplicationStatus): boolean =>
  status === 'admitted' || status === 'waitlisted';

/** A parent may withdraw until the season's deadline, and only before a decision is made. */
export const canWithdraw = (status: ApplicationStatus, now: Date, withdrawDeadline: string): boolean =>
  !isDrawDecided(status) &&
  canTransition(status, 'withdrawn') &&
  now.getTime() <= new Date(withdrawDeadline).getTime();
