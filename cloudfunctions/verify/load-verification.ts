import { AppError } from '../lib/app-error';
import type { HandlerContext } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { ChildRecord, VerificationRecord } from '../lib/ports/records';

/** Another family's verification is "not found": ids reveal nothing. */
export const loadOwnVerification = async (ctx: HandlerContext, id: string): Promise<VerificationRecord> => {
  const v = await ctx.ports.store.verifications.get(id);
  if (!v || v.guardianId !== requireCaller(ctx).userId) throw new AppError('NOT_FOUND.VERIFICATION');
  return v;
};

export const loadOwnChild = async (ctx: HandlerContext, id: string): Promise<ChildRecord> => {
  const child = await ctx.ports.store.children.get(id);
  if (!child || child.guardianId !== requireCaller(ctx).userId) throw new AppError('NOT_FOUND.CHILD');
  return child;
};
