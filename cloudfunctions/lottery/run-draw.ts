import { drawLottery, type SchoolDrawRecord } from '../../domain/lottery';
import type { ErrorCode } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handler, HandlerContext } from '../lib/handler';
import type { StoredDraw } from '../lib/ports/records';
import { loadStaffDraw, toDrawDetail } from './draw-views';
import { markResults } from './mark-results';

/** A refused press of "draw" is part of the ceremony's story: it is logged before the caller hears why. */
const refuse = async (ctx: HandlerContext, draw: StoredDraw, code: ErrorCode): Promise<never> => {
  await ctx.audit({ action: 'lottery.run_refused', targetType: 'draw', targetId: draw.id, detail: { code } });
  throw new AppError(code);
};

/** Each unit's rank and result, in ranking order, from the record itself (a unit is admitted whole). */
const outcomesOf = (record: SchoolDrawRecord): NonNullable<StoredDraw['outcomes']> => {
  const admitted = new Set(record.admitted);
  return record.ranking.map((key, i) => ({
    key,
    rank: i + 1,
    admitted: admitted.has(key.split('+')[0]!),
  }));
};

/**
 * The ceremony's one irreversible step. The record is computed from the snapshot taken at scheduling (so
 * the inputs are the committed ones) and lands, with the outcomes and the audit entry, in one transaction
 * guarded by the status: of two operators pressing together exactly one writes a record, and a failure
 * before the commit leaves the draw committed with nothing half-written. The applications' statuses, their
 * timeline notes and each family's message land in the same transaction: no result without its record.
 */
export const runDraw: Handler<'lottery', 'run'> = async (input, ctx) => {
  const { store, crypto } = ctx.ports;
  const draw = await loadStaffDraw(ctx, store, input.drawId);
  if (draw.status !== 'committed') return refuse(ctx, draw, 'LOTTERY.ALREADY_DRAWN');
  if (ctx.now.getTime() < new Date(draw.scheduledAt).getTime()) return refuse(ctx, draw, 'LOTTERY.TOO_EARLY');
  if (!draw.observers.some((o) => o.role === '公证员')) return refuse(ctx, draw, 'LOTTERY.NOTARY_REQUIRED');

  const outcome = drawLottery({
    drawId: draw.id,
    seats: draw.seats,
    units: draw.units.map((u) => u.appNos),
    secret: crypto.decrypt(draw.secretCipher),
    publicEntropy: input.publicEntropy,
  });
  if (!outcome.ok) {
    throw new AppError('INPUT.INVALID', outcome.problems[0]!.message, [
      { path: ['publicEntropy'], message: outcome.problems[0]!.message },
    ]);
  }
  const record = outcome.record as SchoolDrawRecord;
  // What was published must be what was drawn: a mismatch means the stored draw was tampered with.
  if (record.listHash !== draw.listHash || record.commitment !== draw.commitment) {
    throw new Error(`draw ${draw.id}: list hash or commitment differs from the published one`);
  }
  const next: StoredDraw = {
    ...draw,
    status: 'drawn',
    drawnAt: ctx.now.toISOString(),
    notaryAttestation: input.notaryAttestation,
    record,
    outcomes: outcomesOf(record),
  };
  await store.transaction(async (tx) => {
    if (!(await tx.draws.update(next, 'committed'))) throw new AppError('LOTTERY.ALREADY_DRAWN');
    const marked = await markResults(tx, next, ctx.ports.notifier, ctx.now.toISOString());
    await ctx.audit(
      {
        action: 'lottery.run',
        targetType: 'draw',
        targetId: draw.id,
        detail: {
          units: record.units.length,
          seats: record.seats,
          admitted: record.admitted.length,
          overflow: record.overflow,
          observers: draw.observers.length,
          seed: record.seed,
          markedAdmitted: marked.admitted,
          markedWaitlisted: marked.waitlisted,
          unmarked: marked.unmarked,
          messages: marked.messages,
        },
      },
      tx,
    );
  });
  return toDrawDetail(next);
};
