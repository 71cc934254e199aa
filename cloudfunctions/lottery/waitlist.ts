import type { WaitlistOffer } from '../../types';
import type { ApplicationRecord, StoredDraw } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';

/**
 * How long a waitlisted family has to accept a seat passed on to it. Three days lets a family that reads its
 * messages once a day, or is away over a weekend, still answer; longer would hold the seat from the next
 * family. A constant rather than a per-offer choice so that no operator can shorten it for one family.
 */
export const OFFER_HOURS = 72;
export const OFFER_MS = OFFER_HOURS * 3600_000;

/**
 * A drawn draw with its waitlist movement. The movement lives on the draw document (the waitlist is the
 * draw's ranking, and the draw document is the one record every move reads and writes inside its
 * transaction: SQLite serialises transactions, CloudBase's conflicts on a concurrent writer of the document).
 * `declined` holds application ids: each frees one seat.
 */
export type WaitlistedDraw = StoredDraw & { declined?: string[]; offers?: WaitlistOffer[] };

/** The drawn draw an application took part in, if any (one per season, school and tier). */
export const drawOfApplication = async (
  store: Store,
  app: ApplicationRecord,
): Promise<WaitlistedDraw | null> =>
  (await store.draws.listBySeason(app.seasonId)).find(
    (d) =>
      d.status === 'drawn' && d.kind !== 'shared' && d.units.some((u) => u.applicationIds.includes(app.id)),
  ) ?? null;

/**
 * Seats freed by declines and not yet held again. An open offer holds its whole unit's seats, an accepted one
 * holds those of its members who have not declined in turn; a lapsed one holds nothing. A unit larger than
 * the seats left is still offered whole (twins together), as the draw itself admits whole units: the count
 * then goes negative and the next decline only brings it back.
 */
export const vacantSeats = (d: WaitlistedDraw): number => {
  const declined = new Set(d.declined ?? []);
  const held = (d.offers ?? []).reduce((n, o) => {
    if (o.status === 'open') return n + o.applicationIds.length;
    if (o.status === 'accepted') return n + o.applicationIds.filter((id) => !declined.has(id)).length;
    return n;
  }, 0);
  return declined.size - held;
};

/** Names or numbers as a Chinese list: 李大宝、李二宝. */
export const joined = (xs: readonly string[]): string => xs.join('、');

/** One message per unit: bound twins are one family's one offer, so they get one message naming both. */
export const unitAbout = (apps: ApplicationRecord[]) => ({
  id: apps[0]!.id,
  guardianId: apps[0]!.guardianId,
  status: apps[0]!.status,
  childName: joined(apps.map((a) => a.childName)),
  appNo: joined(apps.map((a) => a.appNo)),
});
