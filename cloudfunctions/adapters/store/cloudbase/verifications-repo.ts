import type { VerificationRecord } from '../../../lib/ports/records';
import { DuplicateKeyError, type VerificationRepo } from '../../../lib/ports/store';
import { fromDoc, fromDocs, readDoc } from './documents';
import { listAll } from './list-all';
import type { Scope } from './scope';
import { claimKey, keyOwner } from './unique-keys';

const PER_CHILD = 'verifications.season_child';

/** One verification per child per season: a unique key document names the verification that holds it. */
export const verificationsRepo = (s: Scope): VerificationRepo => {
  const get = async (id: string) =>
    fromDoc<VerificationRecord>(await readDoc(s.coll('verifications').doc(id)));
  return {
    get,
    findForChild: async (seasonId, childId) => {
      const owner = await keyOwner(s, PER_CHILD, [seasonId, childId]);
      return owner ? get(owner) : null;
    },
    listPending: async (limit) =>
      fromDocs<VerificationRecord>(
        await listAll(
          s.query('verifications').where({ pending: true }).orderBy('updatedAt', 'asc').orderBy('_id', 'asc'),
          limit,
        ),
      ),
    put: (v) =>
      s.atomic(async (t) => {
        const owner = await keyOwner(t, PER_CHILD, [v.seasonId, v.childId]);
        if (owner && owner !== v.id) throw new DuplicateKeyError(PER_CHILD);
        if (!owner) await claimKey(t, PER_CHILD, [v.seasonId, v.childId], v.id);
        await t.coll('verifications').doc(v.id).set(v);
      }),
  };
};
