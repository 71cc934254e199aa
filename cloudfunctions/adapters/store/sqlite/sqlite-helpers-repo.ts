import type Database from 'better-sqlite3';
import type { HelperGrantRecord, HelperProfileRecord } from '../../../lib/ports/records';
import type { HelperGrantRepo, HelperProfileRepo } from '../../../lib/ports/store';
import { guardUnique, parse, parseAll } from './sqlite-docs';
import type { Exec } from './sqlite-repos';

export const sqliteHelperProfilesRepo = (db: Database.Database, exec: Exec): HelperProfileRepo => ({
  get: (userId) =>
    exec(() =>
      parse<HelperProfileRecord>(
        db.prepare('SELECT doc FROM helper_profiles WHERE user_id = ?').get(userId) as never,
      ),
    ),
  findByCode: (code) =>
    exec(() =>
      parse<HelperProfileRecord>(
        db.prepare('SELECT doc FROM helper_profiles WHERE code = ?').get(code) as never,
      ),
    ),
  insert: (p) =>
    exec(() =>
      guardUnique('helper_profiles', () => {
        db.prepare('INSERT INTO helper_profiles (user_id, code, doc) VALUES (?, ?, ?)').run(
          p.userId,
          p.code,
          JSON.stringify(p),
        );
      }),
    ),
  update: (p) =>
    exec(() => {
      // The code column is the lookup key: it is never rewritten, whatever the document says.
      const current = parse<HelperProfileRecord>(
        db.prepare('SELECT doc FROM helper_profiles WHERE user_id = ?').get(p.userId) as never,
      );
      if (!current) return;
      db.prepare('UPDATE helper_profiles SET doc = ? WHERE user_id = ?').run(
        JSON.stringify({ ...p, code: current.code }),
        p.userId,
      );
    }),
});

const GRANT_COLUMNS = 'id, guardian_id, helper_id, status, expires_at, created_at, doc';

export const sqliteHelperGrantsRepo = (db: Database.Database, exec: Exec): HelperGrantRepo => ({
  get: (id) =>
    exec(() =>
      parse<HelperGrantRecord>(db.prepare('SELECT doc FROM helper_grants WHERE id = ?').get(id) as never),
    ),
  insert: (g) =>
    exec(() =>
      guardUnique('helper_grants', () => {
        db.prepare(`INSERT INTO helper_grants (${GRANT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
          g.id,
          g.guardianId,
          g.helperId,
          g.status,
          g.expiresAt,
          g.createdAt,
          JSON.stringify(g),
        );
      }),
    ),
  listByGuardian: (guardianId) =>
    exec(() =>
      parseAll<HelperGrantRecord>(
        db
          .prepare('SELECT doc FROM helper_grants WHERE guardian_id = ? ORDER BY created_at DESC, id DESC')
          .all(guardianId) as never,
      ),
    ),
  listByHelper: (helperId) =>
    exec(() =>
      parseAll<HelperGrantRecord>(
        db
          .prepare('SELECT doc FROM helper_grants WHERE helper_id = ? ORDER BY created_at DESC, id DESC')
          .all(helperId) as never,
      ),
    ),
  listDue: (now, limit) =>
    exec(() =>
      parseAll<HelperGrantRecord>(
        db
          .prepare(
            "SELECT doc FROM helper_grants WHERE status = 'active' AND expires_at <= ? ORDER BY expires_at, id LIMIT ?",
          )
          .all(now, limit) as never,
      ),
    ),
  update: (g, expected) =>
    exec(
      () =>
        db
          .prepare('UPDATE helper_grants SET status = ?, expires_at = ?, doc = ? WHERE id = ? AND status = ?')
          .run(g.status, g.expiresAt, JSON.stringify(g), g.id, expected).changes === 1,
    ),
});
