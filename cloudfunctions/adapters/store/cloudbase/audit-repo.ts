import type { AuditRecord } from '../../../lib/ports/records';
import type { AuditRepo } from '../../../lib/ports/store';
import { fromDocs } from './documents';
import { listAll } from './list-all';
import type { Scope } from './scope';
import { timeOrderedId } from './time-ordered-id';

/** Append-only; `_id` is time-ordered so that listing by `_id` is listing in the order of appends. */
export const auditRepo = (s: Scope): AuditRepo => ({
  append: async (entry) => {
    await s.coll('audit_log').add({ ...entry, _id: timeOrderedId() });
  },
  list: async (filter) => {
    const where = {
      ...(filter.targetId ? { targetId: filter.targetId } : {}),
      ...(filter.action ? { action: filter.action } : {}),
    };
    return fromDocs<AuditRecord>(await listAll(s.query('audit_log').where(where).orderBy('_id', 'asc')));
  },
});
