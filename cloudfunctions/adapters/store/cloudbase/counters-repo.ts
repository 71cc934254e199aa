import type { CounterRepo } from '../../../lib/ports/store';
import { isDuplicateWrite } from './cloudbase-errors';
import { readDoc } from './documents';
import type { Scope } from './scope';

/**
 * A sequence is one document `{ _id: name, value }`. Outside a transaction `updateAndReturn` increments
 * and reads in one server-side step, so concurrent callers never see the same value; the first call
 * creates the document, and a caller that loses that race increments instead. Inside a transaction
 * only single-document operations exist: update, then read our own write (the transaction's write lock
 * keeps anyone else off the document until commit).
 */
export const countersRepo = (s: Scope): CounterRepo => ({
  next: async (name) => {
    const _ = s.command;
    if (s.inTransaction) {
      const ref = s.coll('counters').doc(name);
      const { updated } = await ref.update({ value: _.inc(1) });
      if (updated !== 1) await ref.set({ value: 1 });
      return Number((await readDoc(ref))?.value);
    }
    for (;;) {
      const { doc } = await s
        .coll('counters')
        .where({ _id: name })
        .updateAndReturn({ value: _.inc(1) });
      if (doc) return Number(doc.value);
      try {
        await s.coll('counters').add({ _id: name, value: 1 });
        return 1;
      } catch (e) {
        if (!isDuplicateWrite(e)) throw e;
      }
    }
  },
});
