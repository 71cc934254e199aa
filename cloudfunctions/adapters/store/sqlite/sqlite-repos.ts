import type Database from 'better-sqlite3';
import type { ApplicationStatus } from '../../../../types';
import type {
  ApplicationRecord,
  AuditRecord,
  ChildRecord,
  ConsentRecord,
  GuardianIdentityRecord,
  StaffCredentialRecord,
  UserRecord,
  VerificationRecord,
} from '../../../lib/ports/records';
import type { Store } from '../../../lib/ports/store';
import { guardUnique, parse, parseAll } from './sqlite-docs';
import { sqliteCatalogRepo } from './sqlite-catalog-repo';
import { sqliteDrawsRepo } from './sqlite-draws-repo';
import { sqliteHelperGrantsRepo, sqliteHelperProfilesRepo } from './sqlite-helpers-repo';
import { sqliteMessagesRepo } from './sqlite-messages-repo';

/** Runs one repository operation: under the lock at top level, directly inside a transaction. */
export type Exec = <T>(op: () => T) => Promise<T>;

export const sqliteRepos = (db: Database.Database, exec: Exec): Omit<Store, 'transaction' | 'close'> => ({
  users: {
    get: (id) =>
      exec(() => parse<UserRecord>(db.prepare('SELECT doc FROM users WHERE id = ?').get(id) as never)),
    findBySubject: (provider, subject) =>
      exec(() =>
        parse<UserRecord>(
          db
            .prepare('SELECT doc FROM users WHERE provider = ? AND subject = ?')
            .get(provider, subject) as never,
        ),
      ),
    insert: (u) =>
      exec(() =>
        guardUnique('users', () => {
          db.prepare('INSERT INTO users (id, provider, subject, doc) VALUES (?, ?, ?, ?)').run(
            u.id,
            u.provider,
            u.subject,
            JSON.stringify(u),
          );
        }),
      ),
    update: (u) =>
      exec(() => {
        db.prepare('UPDATE users SET doc = ? WHERE id = ?').run(JSON.stringify(u), u.id);
      }),
  },
  staffCredentials: {
    get: (userId) =>
      exec(() =>
        parse<StaffCredentialRecord>(
          db.prepare('SELECT doc FROM staff_credentials WHERE user_id = ?').get(userId) as never,
        ),
      ),
    put: (c) =>
      exec(() => {
        db.prepare(
          'INSERT INTO staff_credentials (user_id, doc) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET doc = excluded.doc',
        ).run(c.userId, JSON.stringify(c));
      }),
  },
  consents: {
    get: (userId, version) =>
      exec(() =>
        parse<ConsentRecord>(
          db
            .prepare('SELECT doc FROM consents WHERE user_id = ? AND version = ?')
            .get(userId, version) as never,
        ),
      ),
    record: (c) =>
      exec(() => {
        db.prepare('INSERT OR IGNORE INTO consents (user_id, version, doc) VALUES (?, ?, ?)').run(
          c.userId,
          c.version,
          JSON.stringify(c),
        );
        const row = db
          .prepare('SELECT doc FROM consents WHERE user_id = ? AND version = ?')
          .get(c.userId, c.version);
        return parse<ConsentRecord>(row as never) ?? c;
      }),
  },
  guardians: {
    get: (userId) =>
      exec(() =>
        parse<GuardianIdentityRecord>(
          db.prepare('SELECT doc FROM guardians WHERE user_id = ?').get(userId) as never,
        ),
      ),
    put: (g) =>
      exec(() => {
        db.prepare(
          'INSERT INTO guardians (user_id, doc) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET doc = excluded.doc',
        ).run(g.userId, JSON.stringify(g));
      }),
  },
  verifications: {
    get: (id) =>
      exec(() =>
        parse<VerificationRecord>(db.prepare('SELECT doc FROM verifications WHERE id = ?').get(id) as never),
      ),
    findForChild: (seasonId, childId) =>
      exec(() =>
        parse<VerificationRecord>(
          db
            .prepare('SELECT doc FROM verifications WHERE season_id = ? AND child_id = ?')
            .get(seasonId, childId) as never,
        ),
      ),
    listPending: (limit) =>
      exec(() =>
        parseAll<VerificationRecord>(
          db
            .prepare('SELECT doc FROM verifications WHERE pending = 1 ORDER BY updated_at, id LIMIT ?')
            .all(limit) as never,
        ),
      ),
    put: (v) =>
      exec(() =>
        guardUnique('verifications', () => {
          db.prepare(
            `INSERT INTO verifications (id, season_id, child_id, pending, updated_at, doc) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET pending = excluded.pending, updated_at = excluded.updated_at, doc = excluded.doc`,
          ).run(v.id, v.seasonId, v.childId, v.pending ? 1 : 0, v.updatedAt, JSON.stringify(v));
        }),
      ),
  },
  children: {
    get: (id) =>
      exec(() => parse<ChildRecord>(db.prepare('SELECT doc FROM children WHERE id = ?').get(id) as never)),
    listByGuardian: (guardianId) =>
      exec(() =>
        parseAll<ChildRecord>(
          db
            .prepare('SELECT doc FROM children WHERE guardian_id = ? ORDER BY rowid')
            .all(guardianId) as never,
        ),
      ),
    findByGuardianAndBlind: (guardianId, blind) =>
      exec(() =>
        parse<ChildRecord>(
          db
            .prepare('SELECT doc FROM children WHERE guardian_id = ? AND id_blind = ?')
            .get(guardianId, blind) as never,
        ),
      ),
    insert: (c) =>
      exec(() =>
        guardUnique('children', () => {
          db.prepare('INSERT INTO children (id, guardian_id, id_blind, doc) VALUES (?, ?, ?, ?)').run(
            c.id,
            c.guardianId,
            c.idBlind,
            JSON.stringify(c),
          );
        }),
      ),
  },
  applications: {
    get: (id) =>
      exec(() =>
        parse<ApplicationRecord>(db.prepare('SELECT doc FROM applications WHERE id = ?').get(id) as never),
      ),
    findByIdempotencyKey: (guardianId, key) =>
      exec(() =>
        parse<ApplicationRecord>(
          db
            .prepare('SELECT doc FROM applications WHERE guardian_id = ? AND idempotency_key = ?')
            .get(guardianId, key) as never,
        ),
      ),
    listByGuardian: (guardianId) =>
      exec(() =>
        parseAll<ApplicationRecord>(
          db
            .prepare('SELECT doc FROM applications WHERE guardian_id = ? ORDER BY submitted_at DESC, id')
            .all(guardianId) as never,
        ),
      ),
    listByDistrict: (districtId, filter) =>
      exec(() => {
        const where = ['district_id = @districtId'];
        if (filter.seasonId) where.push('season_id = @seasonId');
        if (filter.status) where.push('status = @status');
        const sql = `SELECT doc FROM applications WHERE ${where.join(' AND ')} ORDER BY submitted_at, id`;
        return parseAll<ApplicationRecord>(db.prepare(sql).all({ districtId, ...filter }) as never);
      }),
    listByStatus: (status, limit) =>
      exec(() =>
        parseAll<ApplicationRecord>(
          db
            .prepare('SELECT doc FROM applications WHERE status = ? ORDER BY submitted_at, id LIMIT ?')
            .all(status, limit) as never,
        ),
      ),
    insert: (a) =>
      exec(() =>
        guardUnique('applications', () => {
          db.prepare(
            `INSERT INTO applications (id, guardian_id, idempotency_key, season_id, district_id, status, submitted_at, doc)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            a.id,
            a.guardianId,
            a.idempotencyKey,
            a.seasonId,
            a.districtId,
            a.status,
            a.submittedAt,
            JSON.stringify(a),
          );
        }),
      ),
    update: (a, expected: ApplicationStatus) =>
      exec(
        () =>
          db
            .prepare('UPDATE applications SET status = ?, doc = ? WHERE id = ? AND status = ?')
            .run(a.status, JSON.stringify(a), a.id, expected).changes === 1,
      ),
  },
  registrations: {
    claim: (seasonId, blind, applicationId) =>
      exec(() =>
        guardUnique('registrations', () => {
          db.prepare(
            'INSERT INTO registrations (season_id, child_blind, application_id) VALUES (?, ?, ?)',
          ).run(seasonId, blind, applicationId);
        }),
      ),
    release: (seasonId, blind, applicationId) =>
      exec(() => {
        db.prepare(
          'DELETE FROM registrations WHERE season_id = ? AND child_blind = ? AND application_id = ?',
        ).run(seasonId, blind, applicationId);
      }),
    holder: (seasonId, blind) =>
      exec(() => {
        const row = db
          .prepare('SELECT application_id AS id FROM registrations WHERE season_id = ? AND child_blind = ?')
          .get(seasonId, blind) as { id: string } | undefined;
        return row?.id ?? null;
      }),
  },
  counters: {
    next: (name) =>
      exec(
        () =>
          (
            db
              .prepare(
                `INSERT INTO counters (name, value) VALUES (?, 1)
                 ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`,
              )
              .get(name) as { value: number }
          ).value,
      ),
  },
  catalog: sqliteCatalogRepo(db, exec),
  draws: sqliteDrawsRepo(db, exec),
  messages: sqliteMessagesRepo(db, exec),
  helperProfiles: sqliteHelperProfilesRepo(db, exec),
  helperGrants: sqliteHelperGrantsRepo(db, exec),
  audit: {
    append: (e: AuditRecord) =>
      exec(() => {
        db.prepare(
          'INSERT INTO audit_log (at, actor_id, role, action, target_type, target_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(
          e.at,
          e.actorId,
          e.role,
          e.action,
          e.targetType,
          e.targetId,
          e.detail ? JSON.stringify(e.detail) : null,
        );
      }),
    list: (filter) =>
      exec(() => {
        const where: string[] = [];
        if (filter.targetId) where.push('target_id = @targetId');
        if (filter.action) where.push('action = @action');
        const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`;
        const rows = db.prepare(sql).all(filter) as {
          at: string;
          actor_id: string | null;
          role: AuditRecord['role'];
          action: string;
          target_type: string;
          target_id: string;
          detail: string | null;
        }[];
        return rows.map((r) => ({
          at: r.at,
          actorId: r.actor_id,
          role: r.role,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          ...(r.detail ? { detail: JSON.parse(r.detail) } : {}),
        }));
      }),
  },
});
