/**
 * Forward-only migrations, applied in order at start-up; `PRAGMA user_version` records the last one.
 * Records are JSON documents (as in CloudBase) with the columns that are queried or constrained
 * extracted beside them.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY, provider TEXT NOT NULL, subject TEXT NOT NULL, doc TEXT NOT NULL,
    UNIQUE (provider, subject));
  CREATE TABLE consents (
    user_id TEXT NOT NULL, version TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (user_id, version));
  CREATE TABLE children (
    id TEXT PRIMARY KEY, guardian_id TEXT NOT NULL, id_blind TEXT NOT NULL, doc TEXT NOT NULL,
    UNIQUE (guardian_id, id_blind));
  CREATE TABLE applications (
    id TEXT PRIMARY KEY, guardian_id TEXT NOT NULL, idempotency_key TEXT NOT NULL,
    season_id TEXT NOT NULL, district_id TEXT NOT NULL, status TEXT NOT NULL, submitted_at TEXT NOT NULL,
    doc TEXT NOT NULL,
    UNIQUE (guardian_id, idempotency_key));
  CREATE INDEX applications_by_district ON applications (district_id, season_id, status, submitted_at);
  CREATE INDEX applications_by_guardian ON applications (guardian_id, submitted_at);
  -- R1.4: one active application per child per season, across the whole deployment.
  CREATE TABLE registrations (
    season_id TEXT NOT NULL, child_blind TEXT NOT NULL, application_id TEXT NOT NULL,
    PRIMARY KEY (season_id, child_blind));
  CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
  CREATE TABLE catalog (kind TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (kind, id));
  CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor_id TEXT, role TEXT,
    action TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT NOT NULL, detail TEXT);
  CREATE INDEX audit_by_target ON audit_log (target_id, seq);
  `,
  `
  CREATE TABLE guardians (user_id TEXT PRIMARY KEY, doc TEXT NOT NULL);
  CREATE TABLE verifications (
    id TEXT PRIMARY KEY, season_id TEXT NOT NULL, child_id TEXT NOT NULL, pending INTEGER NOT NULL,
    updated_at TEXT NOT NULL, doc TEXT NOT NULL,
    UNIQUE (season_id, child_id));
  CREATE INDEX verifications_pending ON verifications (pending, updated_at);
  CREATE INDEX applications_by_status ON applications (status, submitted_at);
  `,
  // Lottery ceremonies: the status column is the guard that lets a draw run once.
  `
  CREATE TABLE draws (
    id TEXT PRIMARY KEY, season_id TEXT NOT NULL, status TEXT NOT NULL, scheduled_at TEXT NOT NULL,
    doc TEXT NOT NULL);
  CREATE INDEX draws_by_season ON draws (season_id, scheduled_at, id);
  `,
  // In-app messages with their outbox state: written in the transaction of the change they report.
  `
  CREATE TABLE messages (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL, doc TEXT NOT NULL);
  CREATE INDEX messages_by_user ON messages (user_id, at, id);
  CREATE INDEX messages_pending ON messages (status, at, id);
  `,
  // Staff passwords and failed-login state, apart from users so that reading an account never loads a hash.
  `
  CREATE TABLE staff_credentials (user_id TEXT PRIMARY KEY, doc TEXT NOT NULL);
  `,
  // Helpers (R4, R6.3): profiles found by their code; grants listed per family, per helper and by deadline.
  `
  CREATE TABLE helper_profiles (user_id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
  CREATE TABLE helper_grants (
    id TEXT PRIMARY KEY, guardian_id TEXT NOT NULL, helper_id TEXT NOT NULL, status TEXT NOT NULL,
    expires_at TEXT NOT NULL, created_at TEXT NOT NULL, doc TEXT NOT NULL);
  CREATE INDEX helper_grants_by_guardian ON helper_grants (guardian_id, created_at, id);
  CREATE INDEX helper_grants_by_helper ON helper_grants (helper_id, created_at, id);
  CREATE INDEX helper_grants_due ON helper_grants (status, expires_at, id);
  `,
];
