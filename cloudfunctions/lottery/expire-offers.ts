import type { OfferReport } from '../../types';
import type { Caller } from '../lib/caller';
import type { Ports } from '../lib/ports/ports';
import type { ApplicationRecord } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';
import { offerLapsedMessage } from '../notify/message-for';
import { passSeatsOn } from './pass-seats-on';
import { unitAbout, type WaitlistedDraw } from './waitlist';

const isDue = (now: Date) => (o: { status: string; expiresAt: string }) =>
  o.status === 'open' && new Date(o.expiresAt).getTime() <= now.getTime();

/** One draw's due offers, in one transaction: lapse them, note and tell the families, offer the seats on. */
const expireIn = async (
  ports: Ports,
  drawId: string,
  now: Date,
  actor: Caller | null,
): Promise<OfferReport> =>
  ports.store.transaction(async (tx: Store) => {
    const draw = (await tx.draws.get(drawId)) as WaitlistedDraw | null;
    const due = (draw?.offers ?? []).filter(isDue(now));
    if (!draw || !due.length) return { lapsed: 0, offered: 0 };
    const at = now.toISOString();
    for (const offer of due) {
      const note = `摇号 ${draw.id}：递补学位未在期限内确认，已作废，学位递补给下一位候补。`;
      const members: ApplicationRecord[] = [];
      for (const id of offer.applicationIds) {
        const app = await tx.applications.get(id);
        // A member withdrawn meanwhile keeps its own story; the others still hear of the lapse.
        if (!app || app.status !== 'waitlisted') continue;
        const noted = {
          ...app,
          timeline: [...app.timeline, { status: app.status, at, note }],
          updatedAt: at,
        };
        if (!(await tx.applications.update(noted, 'waitlisted')))
          throw new Error(`application ${app.id} changed while its offer lapsed`);
        members.push(noted);
      }
      if (members.length) await ports.notifier.notify(tx, offerLapsedMessage(unitAbout(members), at));
    }
    const lapsed = new Set(due);
    const offers = draw.offers!.map((o) =>
      lapsed.has(o) ? { ...o, status: 'lapsed' as const, closedAt: at } : o,
    );
    const moved = await passSeatsOn(tx, { ...draw, offers }, now, ports.notifier);
    if (!(await tx.draws.update(moved.draw, 'drawn'))) throw new Error(`draw ${draw.id} is no longer drawn`);
    const audit = (action: string, detail: Record<string, string | number>) =>
      tx.audit.append({
        at,
        actorId: actor?.userId ?? null,
        role: actor?.role ?? null,
        action,
        targetType: 'draw',
        targetId: draw.id,
        detail,
      });
    for (const o of due)
      await audit('lottery.offer_lapsed', { unit: o.key, rank: o.rank, expiresAt: o.expiresAt });
    for (const o of moved.offered)
      await audit('lottery.offer', { unit: o.key, rank: o.rank, expiresAt: o.expiresAt, because: 'lapsed' });
    return { lapsed: due.length, offered: moved.offered.length };
  });

/**
 * Lapses every open offer past its deadline in the current season and passes each seat on. Callable by the
 * admin's `lottery.expireOffers` and by a timer alike (`actor` null: the audit says no one pressed it). Each
 * draw moves in its own transaction, so one draw's trouble never holds back another's families.
 */
export const expireOffers = async (
  ports: Ports,
  now: Date,
  actor: Caller | null = null,
): Promise<OfferReport> => {
  const season = await ports.store.catalog.currentSeason();
  if (!season) return { lapsed: 0, offered: 0 };
  const draws = (await ports.store.draws.listBySeason(season.id)) as WaitlistedDraw[];
  const report: OfferReport = { lapsed: 0, offered: 0 };
  for (const d of draws) {
    if (d.status !== 'drawn' || !(d.offers ?? []).some(isDue(now))) continue;
    const r = await expireIn(ports, d.id, now, actor);
    report.lapsed += r.lapsed;
    report.offered += r.offered;
  }
  return report;
};
