import Database from 'better-sqlite3';
import type { Store } from '../../../lib/ports/store';
import { AsyncLock } from './async-lock';
import { MIGRATIONS } from './migrations';
import { sqliteRepos, type Exec } from './sqlite-repos';

const migrate = (db: Database.Database): void => {
  const current = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
};

/** Opens (and migrates) the SQLite store; `:memory:` for tests, a file under DATA_DIR otherwise. */
export const openSqliteStore = (filename: string): Store => {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const lock = new AsyncLock();
  const direct: Exec = async (op) => op();
  const locked: Exec = (op) => lock.run(op);
  const txStore: Store = {
    ...sqliteRepos(db, direct),
    transaction: (fn) => fn(txStore),
    close: async () => undefined,
  };
  return {
    ...sqliteRepos(db, locked),
    // BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails half-way on a busy db.
    transaction: (fn) =>
      lock.run(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(txStore);
          db.exec('COMMIT');
          return result;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      }),
    close: async () => {
      await lock.run(() => db.close());
    },
  };
};
