import type { StoredDraw } from '../../../lib/ports/records';
import type { DrawRepo } from '../../../lib/ports/store';
import { guardDuplicate } from './cloudbase-errors';
import { fromDoc, fromDocs, readDoc } from './documents';
import { listAll } from './list-all';
import { replacement } from './replacement';
import type { Scope } from './scope';

type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** Fields a replacement must clear when absent; typed so a new optional field fails to compile until listed. */
const OPTIONAL: Record<OptionalKeys<StoredDraw>, true> = {
  drawnAt: true,
  notaryAttestation: true,
  record: true,
  outcomes: true,
  kind: true,
  spare: true,
  preferences: true,
  sharedRecord: true,
};

/** Draws are keyed by their public drawId: a second draw for the same school and tier is a duplicate write. */
export const drawsRepo = (s: Scope): DrawRepo => ({
  get: async (id) => fromDoc<StoredDraw>(await readDoc(s.coll('draws').doc(id))),
  listBySeason: async (seasonId) =>
    fromDocs<StoredDraw>(
      await listAll(s.query('draws').where({ seasonId }).orderBy('scheduledAt', 'asc').orderBy('_id', 'asc')),
    ),
  insert: (d) =>
    guardDuplicate('draws', () => s.coll('draws').add({ ...d, _id: d.id })).then(() => undefined),
  update: async (d, expectedStatus) => {
    if (!s.inTransaction) {
      // Compare-and-set in one request: two operators pressing "draw" together, one of them wins.
      const { updated } = await s
        .coll('draws')
        .where({ _id: d.id, status: expectedStatus })
        .update(replacement(s.command, d, Object.keys(OPTIONAL)));
      return updated === 1;
    }
    // In a transaction: read, check, replace; a concurrent writer of this document conflicts with us.
    const ref = s.coll('draws').doc(d.id);
    if ((await readDoc(ref))?.status !== expectedStatus) return false;
    await ref.set(d);
    return true;
  },
});
