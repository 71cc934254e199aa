import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A file-backed database for tests that must prove "nothing was written". */
export const tempDbFile = (): string =>
  path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'enroll-test-')), 'test.db');

/** Rows per table, read through a second connection: what is committed, not what a handler believes. */
export const rowCounts = (file: string): Record<string, number> => {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as {
      name: string;
    }[];
    return Object.fromEntries(
      tables.map((t) => [
        t.name,
        (db.prepare(`SELECT COUNT(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
};
