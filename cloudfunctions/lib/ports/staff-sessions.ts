import type { Role } from '../../../types';

export type IssuedStaffSession =
  | { session: 'token'; token: string; expiresAt: string }
  | { session: 'ticket'; ticket: string; expiresAt: string };

/**
 * What a successful staff login hands out. Locally: a signed bearer token for the HTTP API. On CloudBase:
 * a custom-login ticket that the browser exchanges for a CloudBase login state, after which the platform
 * names the account (its custom user id) in every call's context.
 */
export interface StaffSessions {
  /** null when this runtime cannot issue web sessions (CloudBase without the custom-login key). */
  issue(user: { id: string; role: Role }, now: Date): IssuedStaffSession | null;
}

/** How long a staff member stays signed in: one working day. */
export const STAFF_SESSION_SECONDS = 10 * 60 * 60;
