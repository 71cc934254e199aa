import type Database from 'better-sqlite3';
import type { StoredDraw } from '../../../lib/ports/records';
import type { DrawRepo } from '../../../lib/ports/store';
import { guardUnique, parse, parseAll } from './sqlite-docs';
import type { Exec } from './sqlite-repos';

export const sqliteDrawsRepo = (db: Database.Database, exec: Exec): DrawRepo => ({
  get: (id) =>
    exec(() => parse<StoredDraw>(db.prepare('SELECT doc FROM draws WHERE id = ?').get(id) as never)),
  listBySeason: (seasonId) =>
    exec(() =>
      parseAll<StoredDraw>(
        db
          .prepare('SELECT doc FROM draws WHERE season_id = ? ORDER BY scheduled_at, id')
          .all(seasonId) as never,
      ),
    ),
  insert: (d) =>
    exec(() =>
      guardUnique('draws', () => {
        db.prepare('INSERT INTO draws (id, season_id, status, scheduled_at, doc) VALUES (?, ?, ?, ?, ?)').run(
          d.id,
          d.seasonId,
          d.status,
          d.scheduledAt,
          JSON.stringify(d),
        );
      }),
    ),
  update: (d, expected) =>
    exec(
      () =>
        db
          .prepare('UPDATE draws SET status = ?, scheduled_at = ?, doc = ? WHERE id = ? AND status = ?')
          .run(d.status, d.scheduledAt, JSON.stringify(d), d.id, expected).changes === 1,
    ),
});
