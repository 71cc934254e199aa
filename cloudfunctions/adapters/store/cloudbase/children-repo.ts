import type { ChildRecord } from '../../../lib/ports/records';
import type { ChildRepo } from '../../../lib/ports/store';
import { fromDoc, fromDocs, readDoc } from './documents';
import { listAll } from './list-all';
import type { Scope } from './scope';
import { insertWithKey, keyOwner } from './unique-keys';

const PER_GUARDIAN = 'children.guardian_blind';

/** Children are keyed by id; one record per (guardian, ID blind index) is a unique key document. */
export const childrenRepo = (s: Scope): ChildRepo => {
  const get = async (id: string) => fromDoc<ChildRecord>(await readDoc(s.coll('children').doc(id)));
  return {
    get,
    // Oldest first, as the guardian added them; the id settles children added in the same millisecond.
    listByGuardian: async (guardianId) =>
      fromDocs<ChildRecord>(
        await listAll(
          s.query('children').where({ guardianId }).orderBy('createdAt', 'asc').orderBy('_id', 'asc'),
        ),
      ),
    findByGuardianAndBlind: async (guardianId, idBlind) => {
      const owner = await keyOwner(s, PER_GUARDIAN, [guardianId, idBlind]);
      return owner ? get(owner) : null;
    },
    insert: (c) =>
      insertWithKey(s, 'children', c.id, c, { constraint: PER_GUARDIAN, parts: [c.guardianId, c.idBlind] }),
  };
};
