import type { MessageRecord } from '../../../lib/ports/records';
import type { MessageRepo } from '../../../lib/ports/store';
import { guardDuplicate } from './cloudbase-errors';
import { fromDoc, fromDocs, readDoc } from './documents';
import { listAll } from './list-all';
import type { Scope } from './scope';

/**
 * Messages keyed by their id. `insert` is a single-document `add`, so it joins the producer's transaction;
 * the delivery marks are field updates (`_.inc` for attempts), each one request outside any transaction.
 */
export const messagesRepo = (s: Scope): MessageRepo => {
  const get = async (id: string) => fromDoc<MessageRecord>(await readDoc(s.coll('messages').doc(id)));
  const mark = async (id: string, fields: Record<string, unknown>) => {
    await s
      .coll('messages')
      .doc(id)
      .update({ ...fields, attempts: s.command.inc(1) });
  };
  return {
    insert: async (m) => {
      await guardDuplicate('messages', () => s.coll('messages').add({ ...m, _id: m.id }));
    },
    get,
    listForUser: async (userId, limit) =>
      fromDocs<MessageRecord>(
        await listAll(
          s.query('messages').where({ userId }).orderBy('at', 'desc').orderBy('_id', 'desc'),
          limit,
        ),
      ),
    markRead: async (userId, id, at) => {
      const m = await get(id);
      if (!m || m.userId !== userId) return false;
      if (!m.readAt) await s.coll('messages').doc(id).update({ readAt: at });
      return true;
    },
    listPending: async (limit) =>
      fromDocs<MessageRecord>(
        await listAll(
          s.query('messages').where({ status: 'pending' }).orderBy('at', 'asc').orderBy('_id', 'asc'),
          limit,
        ),
      ),
    markSent: (id, at, channel) => mark(id, { status: 'sent', channel, deliveredAt: at }),
    markSkipped: (id, at, reason) =>
      mark(id, { status: 'skipped', channel: 'in_app', deliveredAt: at, lastError: reason }),
    markFailed: (id, error, final) => mark(id, { status: final ? 'failed' : 'pending', lastError: error }),
  };
};
