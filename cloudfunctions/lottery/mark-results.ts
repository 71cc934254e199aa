import { canTransition } from '../../domain/application/application-status';
import type { Notifier } from '../lib/ports/notifier';
import type { ApplicationRecord, StoredDraw } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';
import { messageFor } from '../notify/message-for';
import { unitAbout } from './waitlist';

export interface MarkedResults {
  admitted: number;
  waitlisted: number;
  /** Members the status machine does not let a draw decide (returned, rejected, still pending verification). */
  unmarked: number;
  messages: number;
}

/**
 * Sets each drawn application's status from its unit's outcome, inside the draw's transaction, with a timeline
 * note naming the draw and the rank r of n, and one `lottery_result` message per unit (bound twins are one
 * family's one result). A member whose status the machine does not let the draw decide keeps its status: the
 * published record still ranks it, and staff see the count in the audit entry. Each write expects the status
 * just read, so an application changed meanwhile aborts the transaction and the draw stays committed.
 */
export const markResults = async (
  tx: Store,
  draw: StoredDraw,
  notifier: Notifier,
  at: string,
): Promise<MarkedResults> => {
  const out: MarkedResults = { admitted: 0, waitlisted: 0, unmarked: 0, messages: 0 };
  const n = draw.outcomes?.length ?? 0;
  for (const outcome of draw.outcomes ?? []) {
    const unit = draw.units.find((u) => u.key === outcome.key);
    if (!unit) continue;
    const to = outcome.admitted ? 'admitted' : 'waitlisted';
    const result = outcome.admitted ? '在学位之内，已录取' : '排在学位之外，列入候补';
    const note = `摇号 ${draw.id}：顺位第 ${outcome.rank} 位（共 ${n} 个摇号单位），${result}。`;
    const members: ApplicationRecord[] = [];
    for (const id of unit.applicationIds) {
      const app = await tx.applications.get(id);
      if (!app) continue;
      if (!canTransition(app.status, to)) {
        out.unmarked += 1;
        members.push(app);
        continue;
      }
      const next: ApplicationRecord = {
        ...app,
        status: to,
        timeline: [...app.timeline, { status: to, at, note }],
        updatedAt: at,
      };
      if (!(await tx.applications.update(next, app.status)))
        throw new Error(`application ${app.id} changed while the draw ${draw.id} was being recorded`);
      out[to] += 1;
      members.push(next);
    }
    if (!members.length) continue;
    await notifier.notify(tx, messageFor('lottery_result', unitAbout(members), at));
    out.messages += 1;
  }
  return out;
};
