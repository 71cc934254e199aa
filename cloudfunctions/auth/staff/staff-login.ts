import { AppError } from '../../lib/app-error';
import type { Handler } from '../../lib/handler';
import type { AuditRecord, UserRecord } from '../../lib/ports/records';
import type { Store } from '../../lib/ports/store';
import { afterFailure, afterSuccess, isLocked } from './login-throttle';
import { burnPasswordCheck, verifyPassword } from './password-hash';
import { isStaffAccount, sessionUserOf } from './staff-account-view';

type Outcome = 'ok' | 'unknown_name' | 'wrong_password' | 'locked' | 'disabled' | 'unavailable';

/**
 * Name + password → a session. Every attempt is audited with its outcome and the login name (never the
 * password). An unknown name, and a name without a password, cost one full password check and answer
 * exactly like a wrong password. A locked account is refused before its password is checked, so guesses
 * during the lock tell nothing. "Disabled" is only said to someone who knew the password.
 */
export const staffLogin: Handler<'auth', 'staffLogin'> = async (input, ctx) => {
  const { store, staffSessions } = ctx.ports;
  const now = ctx.now;
  const found = await store.users.findBySubject('web', input.loginName);
  const user = isStaffAccount(found) ? found : null;
  const audit = (outcome: Outcome, tx: Store = store, extra: AuditRecord['detail'] = {}) =>
    tx.audit.append({
      at: now.toISOString(),
      actorId: user?.id ?? null,
      role: user?.role ?? null,
      action: 'auth.staff_login',
      targetType: 'staff_account',
      targetId: user?.id ?? `login:${input.loginName}`,
      detail: { outcome, loginName: input.loginName, ...extra },
    });

  const credential = user ? await store.staffCredentials.get(user.id) : null;
  if (!user || !credential) {
    await burnPasswordCheck(input.password);
    await audit('unknown_name');
    throw new AppError('AUTH.LOGIN_FAILED');
  }
  if (isLocked(credential, now)) {
    await audit('locked');
    throw new AppError('AUTH.LOCKED');
  }
  if (!(await verifyPassword(input.password, credential))) {
    // Counted on the stored record inside a transaction, so concurrent guesses each count.
    const after = await store.transaction(async (tx) => {
      const next = afterFailure((await tx.staffCredentials.get(user.id)) ?? credential, now);
      await tx.staffCredentials.put(next);
      await audit('wrong_password', tx, { failures: next.failures });
      return next;
    });
    throw new AppError(isLocked(after, now) ? 'AUTH.LOCKED' : 'AUTH.LOGIN_FAILED');
  }
  if (user.disabled) {
    await audit('disabled');
    throw new AppError('AUTH.ACCOUNT_DISABLED');
  }
  const session = staffSessions.issue(user, now);
  if (!session) {
    await audit('unavailable');
    throw new AppError('AUTH.WEB_LOGIN_UNAVAILABLE');
  }
  // Guesses sent in parallel all pass the lock check above before any failure is counted (CloudBase has no
  // rate limiter in front of functions): the right one must not win if the others locked the account
  // meanwhile, so the lock is read again where the success is recorded.
  const lockedMeanwhile = await store.transaction(async (tx) => {
    const current = (await tx.staffCredentials.get(user.id)) ?? credential;
    if (isLocked(current, now)) return true;
    if (current.failures > 0 || current.lockedUntil)
      await tx.staffCredentials.put(afterSuccess(current, now));
    await audit('ok', tx);
    return false;
  });
  if (lockedMeanwhile) {
    await audit('locked');
    throw new AppError('AUTH.LOCKED');
  }
  return { ...session, user: sessionUserOf(user satisfies UserRecord) };
};
