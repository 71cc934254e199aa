import { canTransition } from '../../domain/application/application-status';
import { loadOwnApplication } from '../enroll/withdraw';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import type { ApplicationRecord } from '../lib/ports/records';
import { listMyDraws } from './my-draw';
import { drawOfApplication, type WaitlistedDraw } from './waitlist';

/**
 * The offered family accepts before the deadline: every member of the unit (twins together) moves
 * waitlisted → admitted, each write expecting 'waitlisted', and the offer closes as accepted in the same
 * transaction. Past the deadline the offer is no longer open even if the expiry has not run yet.
 */
export const acceptOffer: Handler<'lottery', 'acceptOffer'> = async (input, ctx) => {
  const { store } = ctx.ports;
  const own = await loadOwnApplication(ctx, input.applicationId);
  const found = await drawOfApplication(store, own);
  if (!found) throw new AppError('LOTTERY.NO_OPEN_OFFER');
  const at = ctx.now.toISOString();
  await store.transaction(async (tx) => {
    const draw = (await tx.draws.get(found.id)) as WaitlistedDraw | null;
    const offer = draw?.offers?.find((o) => o.status === 'open' && o.applicationIds.includes(own.id));
    if (!draw || !offer || ctx.now.getTime() >= new Date(offer.expiresAt).getTime())
      throw new AppError('LOTTERY.NO_OPEN_OFFER');
    const note = `摇号 ${draw.id}：确认递补学位（顺位第 ${offer.rank} 位），已录取。`;
    for (const id of offer.applicationIds) {
      const app = await tx.applications.get(id);
      if (!app || app.status !== 'waitlisted' || !canTransition(app.status, 'admitted'))
        throw new AppError('LOTTERY.NO_OPEN_OFFER');
      const next: ApplicationRecord = {
        ...app,
        status: 'admitted',
        timeline: [...app.timeline, { status: 'admitted', at, note }],
        updatedAt: at,
      };
      if (!(await tx.applications.update(next, 'waitlisted'))) throw new AppError('LOTTERY.NO_OPEN_OFFER');
    }
    const closed: WaitlistedDraw = {
      ...draw,
      offers: draw.offers!.map((o) =>
        o === offer ? { ...o, status: 'accepted' as const, closedAt: at } : o,
      ),
    };
    if (!(await tx.draws.update(closed, 'drawn'))) throw new Error(`draw ${draw.id} is no longer drawn`);
    await ctx.audit(
      {
        action: 'lottery.offer_accepted',
        targetType: 'draw',
        targetId: draw.id,
        detail: { unit: offer.key, rank: offer.rank },
      },
      tx,
    );
  });
  return listMyDraws(ctx);
};
