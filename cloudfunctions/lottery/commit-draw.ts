import type { PublicDraw } from '../../types';
import { AppError } from '../lib/app-error';
import type { HandlerContext } from '../lib/handler';
import type { AuditRecord, StoredDraw } from '../lib/ports/records';
import { DuplicateKeyError } from '../lib/ports/store';
import { toPublicDraw } from './draw-views';

/**
 * Stores a scheduled ceremony (school draw or shared round) with its audit entry in one transaction. The draw
 * id is the document's key: of two staff scheduling the same draw, or a retry, one wins and the other hears
 * LOTTERY.ALREADY_SCHEDULED.
 */
export const commitDraw = async (
  ctx: HandlerContext,
  draw: StoredDraw,
  action: string,
  detail: NonNullable<AuditRecord['detail']>,
): Promise<PublicDraw> => {
  try {
    await ctx.ports.store.transaction(async (tx) => {
      await tx.draws.insert(draw);
      await ctx.audit({ action, targetType: 'draw', targetId: draw.id, detail }, tx);
    });
  } catch (e) {
    if (e instanceof DuplicateKeyError) throw new AppError('LOTTERY.ALREADY_SCHEDULED');
    throw e;
  }
  return toPublicDraw(draw);
};
