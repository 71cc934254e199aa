import type { StaffCredentialRecord } from '../../lib/ports/records';

/** Failures allowed in a row before the account locks. */
export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_MS = 60_000;
const MAX_LOCK_MS = 60 * 60_000;

/**
 * Exponential backoff: the 5th failure in a row locks for 1 minute, each further one doubles it, up to
 * an hour. A guesser gets a few dozen tries a day per account; a staff member who mistyped waits a minute.
 * An admin's password reset clears the lock.
 */
export const lockMsAfter = (failures: number): number =>
  failures < FREE_ATTEMPTS ? 0 : Math.min(FIRST_LOCK_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_MS);

export const isLocked = (c: StaffCredentialRecord, now: Date): boolean =>
  c.lockedUntil !== undefined && Date.parse(c.lockedUntil) > now.getTime();

export const afterFailure = (c: StaffCredentialRecord, now: Date): StaffCredentialRecord => {
  const failures = c.failures + 1;
  const lockMs = lockMsAfter(failures);
  const { lockedUntil: _previous, ...rest } = c;
  return {
    ...rest,
    failures,
    ...(lockMs > 0 ? { lockedUntil: new Date(now.getTime() + lockMs).toISOString() } : {}),
    updatedAt: now.toISOString(),
  };
};

export const afterSuccess = (c: StaffCredentialRecord, now: Date): StaffCredentialRecord => {
  const { lockedUntil: _previous, ...rest } = c;
  return { ...rest, failures: 0, updatedAt: now.toISOString() };
};
