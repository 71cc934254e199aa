import type { StaffSessions } from '../../lib/ports/staff-sessions';
import { STAFF_SESSION_SECONDS } from '../../lib/ports/staff-sessions';
import type { TokenSigner } from '../../lib/ports/token-signer';

/** The local runtime: the same HMAC bearer tokens as the demo login, so the HTTP API needs nothing new. */
export const tokenStaffSessions = (tokens: TokenSigner): StaffSessions => ({
  issue(user, now) {
    const exp = Math.floor(now.getTime() / 1000) + STAFF_SESSION_SECONDS;
    return {
      session: 'token',
      token: tokens.sign({ sub: user.id, role: user.role, exp }),
      expiresAt: new Date(exp * 1000).toISOString(),
    };
  },
});
