import type Database from 'better-sqlite3';
import type { MessageRecord } from '../../../lib/ports/records';
import type { MessageRepo } from '../../../lib/ports/store';
import { guardUnique, parse, parseAll } from './sqlite-docs';
import type { Exec } from './sqlite-repos';

/** Read, change, write back: one synchronous step, so nothing interleaves on the one connection. */
const change = (db: Database.Database, id: string, fn: (m: MessageRecord) => MessageRecord | null) => {
  const current = parse<MessageRecord>(db.prepare('SELECT doc FROM messages WHERE id = ?').get(id) as never);
  const next = current && fn(current);
  if (!next) return false;
  db.prepare('UPDATE messages SET status = ?, doc = ? WHERE id = ?').run(
    next.status,
    JSON.stringify(next),
    id,
  );
  return true;
};

export const sqliteMessagesRepo = (db: Database.Database, exec: Exec): MessageRepo => ({
  insert: (m) =>
    exec(() =>
      guardUnique('messages', () => {
        db.prepare('INSERT INTO messages (id, user_id, status, at, doc) VALUES (?, ?, ?, ?, ?)').run(
          m.id,
          m.userId,
          m.status,
          m.at,
          JSON.stringify(m),
        );
      }),
    ),
  get: (id) =>
    exec(() => parse<MessageRecord>(db.prepare('SELECT doc FROM messages WHERE id = ?').get(id) as never)),
  listForUser: (userId, limit) =>
    exec(() =>
      parseAll<MessageRecord>(
        db
          .prepare('SELECT doc FROM messages WHERE user_id = ? ORDER BY at DESC, id DESC LIMIT ?')
          .all(userId, limit) as never,
      ),
    ),
  markRead: (userId, id, at) =>
    exec(() => change(db, id, (m) => (m.userId !== userId ? null : m.readAt ? m : { ...m, readAt: at }))),
  listPending: (limit) =>
    exec(() =>
      parseAll<MessageRecord>(
        db
          .prepare("SELECT doc FROM messages WHERE status = 'pending' ORDER BY at, id LIMIT ?")
          .all(limit) as never,
      ),
    ),
  markSent: async (id, at, channel) => {
    await exec(() =>
      change(db, id, (m) => ({ ...m, status: 'sent', attempts: m.attempts + 1, channel, deliveredAt: at })),
    );
  },
  markSkipped: async (id, at, reason) => {
    await exec(() =>
      change(db, id, (m) => ({
        ...m,
        status: 'skipped',
        attempts: m.attempts + 1,
        lastError: reason,
        channel: 'in_app',
        deliveredAt: at,
      })),
    );
  },
  markFailed: async (id, error, final) => {
    await exec(() =>
      change(db, id, (m) => ({
        ...m,
        status: final ? 'failed' : 'pending',
        attempts: m.attempts + 1,
        lastError: error,
      })),
    );
  },
});
