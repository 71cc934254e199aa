import type { StaffSessions } from '../../lib/ports/staff-sessions';
import { STAFF_SESSION_SECONDS } from '../../lib/ports/staff-sessions';

/** The one node-sdk call this adapter needs: `app.auth()` of an app initialised with the custom-login key. */
export interface TicketIssuer {
  createTicket(uid: string, options: { refresh?: number; expire?: number }): string;
}

/**
 * CloudBase custom login: the ticket is an RS256 JWT signed with the environment's custom-login private
 * key, valid for ten minutes, naming our account id as the custom user id. The browser signs in with it
 * (`auth.signInWithCustomTicket`); `expire` bounds the login state it gets, so a forgotten browser is
 * signed out after a working day, and `refresh` is how often its access token is renewed (a disabled
 * account is refused by the functions on its very next call regardless).
 */
export const cloudbaseTicketSessions = (auth: TicketIssuer | null): StaffSessions => ({
  issue(user, now) {
    if (!auth) return null;
    const expire = now.getTime() + STAFF_SESSION_SECONDS * 1000;
    return {
      session: 'ticket',
      ticket: auth.createTicket(user.id, { refresh: 60 * 60 * 1000, expire }),
      expiresAt: new Date(expire).toISOString(),
    };
  },
});
