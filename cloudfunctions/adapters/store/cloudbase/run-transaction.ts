import { randomInt } from 'node:crypto';
import type { CloudbaseDb, CloudbaseTransaction } from './cloudbase-db';
import { isTransactionConflict } from './cloudbase-errors';

const MAX_ATTEMPTS = 10;

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, randomInt(1, Math.min(5 * 2 ** attempt, 250) + 1)));

/**
 * `db.runTransaction` runs `fn`, commits, and rolls back when `fn` throws. Its own conflict retry runs
 * again at once, which under contention (two submissions for one child) only collides again; so it is
 * asked for one attempt (`times = 0`) and conflicts are retried here after a jittered, growing pause.
 * By then the winner has usually committed and the loser sees the outcome (a DuplicateKeyError, say).
 */
export const runTransaction = async <T>(
  db: CloudbaseDb,
  fn: (t: CloudbaseTransaction) => Promise<T>,
): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.runTransaction(fn, 0);
    } catch (e) {
      if (!isTransactionConflict(e) || attempt >= MAX_ATTEMPTS) throw e;
      await pause(attempt);
    }
  }
};
