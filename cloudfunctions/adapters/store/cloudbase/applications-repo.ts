import type { ApplicationRecord } from '../../../lib/ports/records';
import type { ApplicationRepo } from '../../../lib/ports/store';
import { fromDoc, fromDocs, readDoc } from './documents';
import { listAll } from './list-all';
import { replacement } from './replacement';
import type { Scope } from './scope';
import { insertWithKey, keyOwner } from './unique-keys';

const IDEMPOTENCY = 'applications.idempotency';

type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/**
 * The optional fields of an application, which a replacement must clear when the new version lacks
 * them. Typed so that adding an optional field to ApplicationRecord fails to compile until it is listed.
 */
const OPTIONAL: Record<OptionalKeys<ApplicationRecord>, true> = {
  verificationId: true,
  category: true,
  greenChannel: true,
  effort: true,
  siblingGroup: true,
  placement: true,
  sharedChoice: true,
};

export const applicationsRepo = (s: Scope): ApplicationRepo => {
  const get = async (id: string) => fromDoc<ApplicationRecord>(await readDoc(s.coll('applications').doc(id)));
  const apps = () => s.query('applications');
  return {
    get,
    findByIdempotencyKey: async (guardianId, key) => {
      const owner = await keyOwner(s, IDEMPOTENCY, [guardianId, key]);
      return owner ? get(owner) : null;
    },
    listByGuardian: async (guardianId) =>
      fromDocs<ApplicationRecord>(
        await listAll(apps().where({ guardianId }).orderBy('submittedAt', 'desc').orderBy('_id', 'asc')),
      ),
    listByDistrict: async (districtId, filter) => {
      const where = {
        districtId,
        ...(filter.seasonId ? { seasonId: filter.seasonId } : {}),
        ...(filter.status ? { status: filter.status } : {}),
      };
      return fromDocs<ApplicationRecord>(
        await listAll(apps().where(where).orderBy('submittedAt', 'asc').orderBy('_id', 'asc')),
      );
    },
    listByStatus: async (status, limit) =>
      fromDocs<ApplicationRecord>(
        await listAll(apps().where({ status }).orderBy('submittedAt', 'asc').orderBy('_id', 'asc'), limit),
      ),
    insert: (a) =>
      insertWithKey(s, 'applications', a.id, a, {
        constraint: IDEMPOTENCY,
        parts: [a.guardianId, a.idempotencyKey],
      }),
    update: async (a, expectedStatus) => {
      if (!s.inTransaction) {
        // Compare-and-set in one request: the status in the filter is the guard against a concurrent move.
        const { updated } = await s
          .coll('applications')
          .where({ _id: a.id, status: expectedStatus })
          .update(replacement(s.command, a, Object.keys(OPTIONAL)));
        return updated === 1;
      }
      // In a transaction: read, check, replace. A concurrent writer of this document conflicts with us.
      const ref = s.coll('applications').doc(a.id);
      if ((await readDoc(ref))?.status !== expectedStatus) return false;
      await ref.set(a);
      return true;
    },
  };
};
