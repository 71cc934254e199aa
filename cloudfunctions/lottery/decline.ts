import { canTransition } from '../../domain/application/application-status';
import { loadOwnApplication } from '../enroll/withdraw';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import type { ApplicationRecord } from '../lib/ports/records';
import { listMyDraws } from './my-draw';
import { passSeatsOn } from './pass-seats-on';
import { drawOfApplication, type WaitlistedDraw } from './waitlist';

/**
 * A family declines the seat a draw (or an accepted offer) gave one child: the application is withdrawn,
 * its registration freed, and the seat offered to the next waitlisted unit, all in one transaction. Here
 * rather than in enroll: the seat, the waitlist and the offers belong to the draw, and the parent reaches
 * this from 我的摇号. Reading the application and the draw again inside the transaction, and writing with the
 * status expected, makes a double press (or two twins' parents at once) free one seat each, never two.
 */
export const decline: Handler<'lottery', 'decline'> = async (input, ctx) => {
  const { store, notifier } = ctx.ports;
  const own = await loadOwnApplication(ctx, input.applicationId);
  const found = await drawOfApplication(store, own);
  if (!found || own.status !== 'admitted') throw new AppError('LOTTERY.NOT_DECLINABLE');
  // A seat from the large district's shared round is not one of this draw's seats: passing it down this
  // draw's waitlist would admit a child the school has no seat for. That round's own movement is not built.
  if (own.placement?.drawId && own.placement.drawId !== found.id) {
    throw new AppError(
      'LOTTERY.NOT_DECLINABLE',
      '这个学位来自大学区共享学位摇号，不能在本校摇号中放弃；如需放弃，请联系区教育局招生办。',
    );
  }
  const at = ctx.now.toISOString();
  const note = `放弃摇号 ${found.id} 录取的学位${input.reason ? `（${input.reason}）` : ''}；学位按摇号顺位递补给候补家庭。`;
  await store.transaction(async (tx) => {
    const app = await tx.applications.get(own.id);
    const draw = (await tx.draws.get(found.id)) as WaitlistedDraw | null;
    if (!app || !draw || app.status !== 'admitted' || !canTransition(app.status, 'withdrawn'))
      throw new AppError('LOTTERY.NOT_DECLINABLE');
    const next: ApplicationRecord = {
      ...app,
      status: 'withdrawn',
      timeline: [...app.timeline, { status: 'withdrawn', at, note }],
      updatedAt: at,
    };
    if (!(await tx.applications.update(next, 'admitted'))) throw new AppError('LOTTERY.NOT_DECLINABLE');
    await tx.registrations.release(app.seasonId, app.childBlind, app.id);
    const moved = await passSeatsOn(
      tx,
      { ...draw, declined: [...(draw.declined ?? []), app.id] },
      ctx.now,
      notifier,
    );
    if (!(await tx.draws.update(moved.draw, 'drawn'))) throw new Error(`draw ${draw.id} is no longer drawn`);
    await ctx.audit(
      {
        action: 'lottery.decline',
        targetType: 'application',
        targetId: app.id,
        detail: { drawId: draw.id, offered: moved.offered.length },
      },
      tx,
    );
    for (const o of moved.offered) {
      await ctx.audit(
        {
          action: 'lottery.offer',
          targetType: 'draw',
          targetId: draw.id,
          detail: { unit: o.key, rank: o.rank, expiresAt: o.expiresAt, because: 'declined' },
        },
        tx,
      );
    }
  });
  return listMyDraws(ctx);
};
