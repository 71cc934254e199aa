import type { WaitlistOffer } from '../../types';
import type { Notifier } from '../lib/ports/notifier';
import type { ApplicationRecord } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';
import { offerMessage } from '../notify/message-for';
import { OFFER_MS, unitAbout, vacantSeats, type WaitlistedDraw } from './waitlist';

/** The members of a unit if every one of them is still waitlisted (a withdrawn twin takes the unit out). */
const stillWaiting = async (tx: Store, ids: readonly string[]): Promise<ApplicationRecord[] | null> => {
  const apps = await Promise.all(ids.map((id) => tx.applications.get(id)));
  return apps.every((a) => a?.status === 'waitlisted') ? (apps as ApplicationRecord[]) : null;
};

/**
 * Offers the draw's vacant seats to the next waitlisted units in ranking order, whole, each unit once (a unit
 * whose offer lapsed is not asked again). Call inside the transaction that freed the seats: the offered
 * members' timeline notes and the family's message land with it. Members stay 'waitlisted' until they accept;
 * each note is written with that status expected, so a concurrent change aborts the whole move.
 */
export const passSeatsOn = async (
  tx: Store,
  draw: WaitlistedDraw,
  now: Date,
  notifier: Notifier,
): Promise<{ draw: WaitlistedDraw; offered: WaitlistOffer[] }> => {
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + OFFER_MS).toISOString();
  const asked = new Set((draw.offers ?? []).map((o) => o.key));
  const waiting = (draw.outcomes ?? []).filter((o) => !o.admitted && !asked.has(o.key));
  let next = draw;
  const offered: WaitlistOffer[] = [];
  for (const outcome of waiting) {
    if (vacantSeats(next) <= 0) break;
    const unit = draw.units.find((u) => u.key === outcome.key);
    const apps = unit && (await stillWaiting(tx, unit.applicationIds));
    if (!unit || !apps) continue;
    const offer: WaitlistOffer = {
      key: unit.key,
      appNos: unit.appNos,
      applicationIds: unit.applicationIds,
      rank: outcome.rank,
      offeredAt: at,
      expiresAt,
      status: 'open',
    };
    const note = `摇号 ${draw.id}：有录取家庭放弃学位，按顺位第 ${outcome.rank} 位递补，请在期限内确认。`;
    for (const app of apps) {
      const noted = { ...app, timeline: [...app.timeline, { status: app.status, at, note }], updatedAt: at };
      if (!(await tx.applications.update(noted, 'waitlisted')))
        throw new Error(`application ${app.id} changed while its seat was offered`);
    }
    await notifier.notify(tx, offerMessage(unitAbout(apps), expiresAt, at));
    next = { ...next, offers: [...(next.offers ?? []), offer] };
    offered.push(offer);
  }
  return { draw: next, offered };
};
