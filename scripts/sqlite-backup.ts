import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Online backup and restore of a one-machine deployment's DATA_DIR: the SQLite database, keys.json (without
 * it the encrypted ID numbers are unreadable) and the uploaded materials in files/. A backup `X.db` has its
 * companions beside it as `X.keys.json` and `X.files/`.
 */
export const DB_FILE = 'enroll.db';
const KEYS_FILE = 'keys.json';
const FILES_DIR = 'files';

const pad = (n: number) => String(n).padStart(2, '0');
/** Local time: the operator reads these names next to cron and journal times. */
export const timestamp = (d: Date) =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-` +
  `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

export const companionsOf = (backupDb: string) => {
  const stem = backupDb.replace(/\.db$/, '');
  return { keys: `${stem}.keys.json`, files: `${stem}.files` };
};

export interface BackupResult {
  db: string;
  keys: string | null;
  files: string | null;
}

/** `dest` defaults to DATA_DIR/backups/enroll-YYYYMMDD-HHmmss.db. Never overwrites an earlier backup. */
export const backupDataDir = async (
  dataDir: string,
  dest?: string,
  now = new Date(),
): Promise<BackupResult> => {
  const source = path.join(dataDir, DB_FILE);
  if (!fs.existsSync(source)) throw new Error(`no database at ${source} (is DATA_DIR right?)`);
  const db = path.resolve(dest ?? path.join(dataDir, 'backups', `enroll-${timestamp(now)}.db`));
  const { keys, files } = companionsOf(db);
  if ([db, keys, files].some((p) => fs.existsSync(p)))
    throw new Error(`${db} or its companions already exist`);
  // The backup holds personal data and, beside it, the keys: owner-only, like DATA_DIR itself.
  fs.mkdirSync(path.dirname(db), { recursive: true, mode: 0o700 });

  const partial = `${db}.partial`;
  const conn = new Database(source, { fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 5000');
    // All pages in one step: one read transaction, so a consistent snapshot. In steps, every write by the
    // running server would restart the copy (and a busy server could starve it). In WAL mode the reader
    // blocks no writer, so the server keeps serving meanwhile.
    await conn.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    conn.close();
  }
  // A single self-contained file (the copy inherits WAL mode; the server sets WAL again when it opens it).
  const copy = new Database(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, db); // a half-written backup never carries the final name

  // After the database: a file uploaded meanwhile is harmless extra, a row never points at a missing file.
  const keysSource = path.join(dataDir, KEYS_FILE);
  const keysCopied = fs.existsSync(keysSource);
  if (keysCopied) {
    fs.copyFileSync(keysSource, keys);
    fs.chmodSync(keys, 0o600);
  }
  const filesSource = path.join(dataDir, FILES_DIR);
  const filesCopied = fs.existsSync(filesSource);
  if (filesCopied) fs.cpSync(filesSource, files, { recursive: true, preserveTimestamps: true });
  return { db, keys: keysCopied ? keys : null, files: filesCopied ? files : null };
};

/** 'ok' or SQLite's list of problems. */
export const integrityOf = (file: string): string => {
  const conn = new Database(file, { fileMustExist: true });
  try {
    const rows = conn.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    conn.close();
  }
};

/** True when something answers HTTP on /healthz: a server that holds the database open. */
export const serverAnswers = async (url: string): Promise<boolean> => {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1500) });
    return true;
  } catch {
    return false;
  }
};

/**
 * Replaces DATA_DIR's database, keys and files with a verified backup. What was there is moved, not deleted,
 * to DATA_DIR/backups/pre-restore-<time>/ (with the database's -wal and -shm: a stale WAL next to the
 * restored file would be replayed into it).
 */
export const restoreDataDir = (backupDb: string, dataDir: string, now = new Date()): { setAside: string } => {
  const source = path.resolve(backupDb);
  if (!fs.existsSync(source)) throw new Error(`no backup at ${source}`);
  const { keys, files } = companionsOf(source);
  if (!fs.existsSync(keys))
    throw new Error(`${keys} is missing: without the keys the restored ID numbers would be unreadable`);
  const integrity = integrityOf(source);
  if (integrity !== 'ok') throw new Error(`the backup fails PRAGMA integrity_check: ${integrity}`);

  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const setAside = path.join(dataDir, 'backups', `pre-restore-${timestamp(now)}`);
  fs.mkdirSync(setAside, { recursive: true, mode: 0o700 });
  for (const name of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, KEYS_FILE, FILES_DIR]) {
    const current = path.join(dataDir, name);
    if (fs.existsSync(current)) fs.renameSync(current, path.join(setAside, name));
  }
  const target = path.join(dataDir, DB_FILE);
  fs.copyFileSync(source, `${target}.restoring`);
  fs.chmodSync(`${target}.restoring`, 0o600);
  fs.renameSync(`${target}.restoring`, target);
  fs.copyFileSync(keys, path.join(dataDir, KEYS_FILE));
  fs.chmodSync(path.join(dataDir, KEYS_FILE), 0o600);
  if (fs.existsSync(files))
    fs.cpSync(files, path.join(dataDir, FILES_DIR), { recursive: true, preserveTimestamps: true });
  else fs.mkdirSync(path.join(dataDir, FILES_DIR), { recursive: true });
  return { setAside };
};
