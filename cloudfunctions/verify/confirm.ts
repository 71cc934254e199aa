import { needsMaterialFor } from '../../domain/verification/classify-answer';
import type { Handler } from '../lib/handler';
import { loadOwnVerification } from './load-verification';
import { toVerificationView } from './verification-view';

/**
 * The parent confirms what the departments returned. A disputed item is no longer trusted: it needs
 * a material, and the later category uses only what the parent did not dispute. Each call states the
 * whole list of disputes.
 */
export const confirm: Handler<'verify', 'confirm'> = async (input, ctx) => {
  const v = await loadOwnVerification(ctx, input.verificationId);
  const disputed = new Set(input.disputed);
  const at = ctx.now.toISOString();
  const next = {
    ...v,
    // The list replaces the previous one: a parent may take a dispute back before submitting.
    checks: v.checks.map((c) => {
      const isDisputed = disputed.has(c.kind);
      return { ...c, disputed: isDisputed, needsMaterial: needsMaterialFor(c.kind, c.outcome, isDisputed) };
    }),
    confirmedAt: at,
    updatedAt: at,
  };
  await ctx.ports.store.verifications.put(next);
  await ctx.audit({
    action: 'verify.confirm',
    targetType: 'verification',
    targetId: v.id,
    detail: { disputed: [...disputed].join(',') },
  });
  return toVerificationView(next);
};
