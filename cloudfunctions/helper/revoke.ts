import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { HelperGrantRecord } from '../lib/ports/records';
import { grantMessage } from './grant-messages';
import { effectiveStatus, toGrantView } from './grant-view';

/**
 * Revocation takes effect at once: every helper read checks the grant's status first. Another family's
 * grant answers "not found"; a grant that has already ended is returned as it is.
 */
export const revoke: Handler<'helper', 'revoke'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  const { store, notifier } = ctx.ports;
  const at = ctx.now.toISOString();
  return store.transaction(async (tx) => {
    const current = await tx.helperGrants.get(input.grantId);
    if (!current || current.guardianId !== caller.userId) throw new AppError('NOT_FOUND.GRANT');
    if (effectiveStatus(current, ctx.now) !== 'active') return toGrantView(current, ctx.now);
    const next: HelperGrantRecord = { ...current, status: 'revoked', endedAt: at };
    if (!(await tx.helperGrants.update(next, 'active'))) {
      const latest = await tx.helperGrants.get(input.grantId);
      return toGrantView(latest ?? current, ctx.now);
    }
    await ctx.audit(
      {
        action: 'helper.revoke',
        targetType: 'helper_grant',
        targetId: next.id,
        detail: { helperId: next.helperId },
      },
      tx,
    );
    await notifier.notify(tx, grantMessage('revoked', next, at));
    return toGrantView(next, ctx.now);
  });
};

/** Active grants first (soonest deadline first), then the ended ones, newest first. */
export const listMyGrants: Handler<'helper', 'listMyGrants'> = async (_input, ctx) => {
  const grants = await ctx.ports.store.helperGrants.listByGuardian(requireCaller(ctx).userId);
  const views = grants.map((g) => toGrantView(g, ctx.now));
  const active = views
    .filter((v) => v.status === 'active')
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  return [...active, ...views.filter((v) => v.status !== 'active')];
};
