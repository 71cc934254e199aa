import { drawLottery, type SchoolDrawRecord, type SharedSeatsDrawRecord } from '../../domain/lottery';
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

  const secret = crypto.decrypt(draw.secretCipher);
  const outcome = drawLottery(
    draw.kind === 'shared'
      ? {
          drawId: draw.id,
          spare: draw.spare ?? {},
          preferences: Object.fromEntries((draw.preferences ?? []).map((p) => [p.key, p.schoolIds])),
          secret,
          publicEntropy: input.publicEntropy,
        }
      : {
          drawId: draw.id,
          seats: draw.seats,
          units: draw.units.map((u) => u.appNos),
          secret,
          publicEntropy: input.publicEntropy,
        },
  );
  if (!outcome.ok) {
    throw new AppError('INPUT.INVALID', outcome.problems[0]!.message, [
      { path: ['publicEntropy'], message: outcome.problems[0]!.message },
    ]);
  }
  // What was published must be what was drawn: a mismatch means the stored draw was tampered with.
  if (outcome.record.listHash !== draw.listHash || outcome.record.commitment !== draw.commitment) {
    throw new Error(`draw ${draw.id}: list hash or commitment differs from the published one`);
  }
  const drawn = {
    ...draw,
    status: 'drawn' as const,
    drawnAt: ctx.now.toISOString(),
    notaryAttestation: input.notaryAttestation,
  };
  // A shared round's record is published here; families' statuses follow when the season's results are
  // published (lottery.publish), which reproduces this record inside the whole placement.
  const next: StoredDraw =
    draw.kind === 'shared'
      ? { ...drawn, sharedRecord: outcome.record as SharedSeatsDrawRecord }
      : {
          ...drawn,
          record: outcome.record as SchoolDrawRecord,
          outcomes: outcomesOf(outcome.record as SchoolDrawRecord),
        };
  await store.transaction(async (tx) => {
    if (!(await tx.draws.update(next, 'committed'))) throw new AppError('LOTTERY.ALREADY_DRAWN');
    const marked =
      next.kind === 'shared'
        ? { admitted: 0, waitlisted: 0, unmarked: 0, messages: 0 }
        : await markResults(tx, next, ctx.ports.notifier, ctx.now.toISOString());
    await ctx.audit(
      {
        action: 'lottery.run',
        targetType: 'draw',
        targetId: draw.id,
        detail: {
          kind: draw.kind ?? 'school',
          units: outcome.record.units.length,
          seats: draw.seats,
          admitted:
            next.record?.admitted.length ??
            Object.values(next.sharedRecord!.assignments).filter(Boolean).length,
          overflow: next.record?.overflow ?? 0,
          observers: draw.observers.length,
          seed: outcome.record.seed,
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
