import type { HelperGrantRecord, HelperProfileRecord } from '../../../lib/ports/records';
import type { HelperGrantRepo, HelperProfileRepo } from '../../../lib/ports/store';
import { guardDuplicate } from './cloudbase-errors';
import { fromDoc, fromDocs, readDoc } from './documents';
import { listAll } from './list-all';
import { replacement } from './replacement';
import type { Scope } from './scope';
import { insertWithKey, keyOwner } from './unique-keys';

const CODE = 'helper_profiles.code';

/** Profiles are keyed by the helper's user id; the code is a unique key document pointing at it. */
export const helperProfilesRepo = (s: Scope): HelperProfileRepo => {
  const get = async (userId: string) =>
    fromDoc<HelperProfileRecord>(await readDoc(s.coll('helper_profiles').doc(userId)));
  return {
    get,
    findByCode: async (code) => {
      const owner = await keyOwner(s, CODE, [code]);
      return owner ? get(owner) : null;
    },
    insert: (p) => insertWithKey(s, 'helper_profiles', p.userId, p, { constraint: CODE, parts: [p.code] }),
    update: async (p) => {
      // Field updates only: the code (and its key document) stay as they were issued.
      await s
        .coll('helper_profiles')
        .doc(p.userId)
        .update({ name: p.name, organisation: p.organisation, kind: p.kind, updatedAt: p.updatedAt });
    },
  };
};

type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** Fields a replacement must clear when absent; typed so a new optional field fails to compile until listed. */
const OPTIONAL: Record<OptionalKeys<HelperGrantRecord>, true> = { endedAt: true, lastViewedAt: true };

export const helperGrantsRepo = (s: Scope): HelperGrantRepo => {
  const newestFirst = (where: object) =>
    listAll(s.query('helper_grants').where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc'));
  return {
    get: async (id) => fromDoc<HelperGrantRecord>(await readDoc(s.coll('helper_grants').doc(id))),
    insert: (g) =>
      guardDuplicate('helper_grants', () => s.coll('helper_grants').add({ ...g, _id: g.id })).then(
        () => undefined,
      ),
    listByGuardian: async (guardianId) => fromDocs<HelperGrantRecord>(await newestFirst({ guardianId })),
    listByHelper: async (helperId) => fromDocs<HelperGrantRecord>(await newestFirst({ helperId })),
    listDue: async (now, limit) =>
      fromDocs<HelperGrantRecord>(
        await listAll(
          s
            .query('helper_grants')
            .where({ status: 'active', expiresAt: s.command.lte(now) })
            .orderBy('expiresAt', 'asc')
            .orderBy('_id', 'asc'),
          limit,
        ),
      ),
    update: async (g, expectedStatus) => {
      if (!s.inTransaction) {
        // Compare-and-set in one request: a revoke and the expiry run cannot both end the same grant.
        const { updated } = await s
          .coll('helper_grants')
          .where({ _id: g.id, status: expectedStatus })
          .update(replacement(s.command, g, Object.keys(OPTIONAL)));
        return updated === 1;
      }
      // In a transaction: read, check, replace; a concurrent writer of this document conflicts with us.
      const ref = s.coll('helper_grants').doc(g.id);
      if ((await readDoc(ref))?.status !== expectedStatus) return false;
      await ref.set(g);
      return true;
    },
  };
};
