import { call } from '../../services/api-client';
import { saveSession } from '../../services/session';
import { signInWithTicket } from '../../services/transport-cloudbase';
import { useAction } from '../../services/use-action';

/**
 * Staff login: the auth function checks name and password and answers either a bearer token (local
 * server) or a CloudBase custom-login ticket, which the js-sdk exchanges for its own login state; from then
 * on every function call names this account. The password is sent once and never stored.
 */
export function useStaffLogin(onDone: () => void) {
  const { run, busy, error } = useAction();

  const login = (loginName: string, password: string) =>
    run(async () => {
      const result = await call('auth', 'staffLogin', {
        loginName: loginName.trim().toLowerCase(),
        password,
      });
      if (result.session === 'ticket') await signInWithTicket(result.ticket);
      saveSession({
        ...(result.session === 'token' ? { token: result.token } : {}),
        user: result.user,
        expiresAt: result.expiresAt,
      });
      onDone();
    });

  return { login, busy, error };
}
