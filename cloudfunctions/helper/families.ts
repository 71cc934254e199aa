import { HELPER_SCOPE_LABELS } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handler, HandlerContext } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { HelperGrantRecord } from '../lib/ports/records';
import { loadFamilyProgress } from './family-progress';
import { grantMessage } from './grant-messages';
import { effectiveStatus, isActive } from './grant-view';

/** The families whose authorisation is in force now; nothing of theirs beyond the name is read here. */
export const listFamilies: Handler<'helper', 'listFamilies'> = async (_input, ctx) => {
  const grants = await ctx.ports.store.helperGrants.listByHelper(requireCaller(ctx).userId);
  return grants
    .filter((g) => isActive(g, ctx.now))
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt))
    .map((g) => ({
      familyId: g.guardianId,
      guardianName: g.guardianName,
      scopeLabels: g.scope.map((s) => HELPER_SCOPE_LABELS[s]),
      grantedAt: g.createdAt,
      expiresAt: g.expiresAt,
    }));
};

/** Refused reads are audited too: a helper trying ids or a lapsed grant is worth seeing in the log. */
const refuse = async (ctx: HandlerContext, familyId: string, reason: string, code: AppError['code']) => {
  await ctx.audit({
    action: 'helper.view_refused',
    targetType: 'family',
    targetId: familyId,
    detail: { reason },
  });
  throw new AppError(code);
};

const ended = (g: HelperGrantRecord, ctx: HandlerContext, familyId: string) =>
  effectiveStatus(g, ctx.now) === 'revoked'
    ? refuse(ctx, familyId, 'revoked', 'HELPER.GRANT_REVOKED')
    : refuse(ctx, familyId, 'expired', 'HELPER.GRANT_EXPIRED');

/**
 * One family's progress, only under an authorisation in force. A family that never authorised this helper
 * answers "not found" (its id reveals nothing); one whose authorisation ended says so, and what to do.
 * The read, its audit entry and the grant's view count land together; the parent hears of the first one.
 */
export const viewFamily: Handler<'helper', 'viewFamily'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  const { store, notifier } = ctx.ports;
  const mine = (await store.helperGrants.listByHelper(caller.userId)).filter(
    (g) => g.guardianId === input.familyId,
  );
  const latest = mine[0];
  if (!latest) return refuse(ctx, input.familyId, 'no_grant', 'NOT_FOUND.FAMILY');
  const grant = mine.find((g) => isActive(g, ctx.now));
  if (!grant) return ended(latest, ctx, input.familyId);

  const at = ctx.now.toISOString();
  const outcome = await store.transaction(async (tx) => {
    // Read again inside the transaction: the count (and so the one first-view message) stays exact.
    const current = await tx.helperGrants.get(grant.id);
    if (!current || !isActive(current, ctx.now)) return null;
    const seen: HelperGrantRecord = { ...current, lastViewedAt: at, views: current.views + 1 };
    // Guarded by the status: a revocation that lands first wins, and this read does not happen.
    if (!(await tx.helperGrants.update(seen, 'active'))) return null;
    const progress = await loadFamilyProgress(tx, current);
    await ctx.audit(
      {
        action: 'helper.view_family',
        targetType: 'family',
        targetId: grant.guardianId,
        detail: {
          grantId: grant.id,
          children: progress.children.length,
          applications: progress.applications.length,
        },
      },
      tx,
    );
    if (current.views === 0) await notifier.notify(tx, grantMessage('firstView', seen, at));
    return progress;
  });
  if (!outcome) return ended((await store.helperGrants.get(grant.id)) ?? grant, ctx, input.familyId);
  return {
    familyId: grant.guardianId,
    guardianName: grant.guardianName,
    expiresAt: grant.expiresAt,
    ...outcome,
  };
};
