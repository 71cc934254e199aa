import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { loadStaffDraw, toDrawDetail } from './draw-views';
import { MAX_OBSERVERS } from './publication-lead';

/** Observers are recorded before the draw; read and write in one transaction so two clerks lose no entry. */
export const addObserver: Handler<'lottery', 'addObserver'> = async (input, ctx) =>
  ctx.ports.store.transaction(async (tx) => {
    const draw = await loadStaffDraw(ctx, tx, input.drawId);
    if (draw.status !== 'committed') throw new AppError('LOTTERY.ALREADY_DRAWN');
    if (draw.observers.length >= MAX_OBSERVERS) throw new AppError('LOTTERY.OBSERVERS_FULL');
    const next = {
      ...draw,
      observers: [...draw.observers, { name: input.name, role: input.role, addedAt: ctx.now.toISOString() }],
    };
    if (!(await tx.draws.update(next, 'committed'))) throw new AppError('LOTTERY.ALREADY_DRAWN');
    // The role, not the name: the audit log keeps ids and short facts only.
    await ctx.audit(
      { action: 'lottery.add_observer', targetType: 'draw', targetId: draw.id, detail: { role: input.role } },
      tx,
    );
    return toDrawDetail(next);
  });
