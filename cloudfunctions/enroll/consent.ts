import { CONSENT_VERSION } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handler, HandlerContext } from '../lib/handler';
import { requireCaller } from '../lib/handler';

/** PIPL art. 31: no child data is collected before the guardian has agreed to the current text. */
export const requireConsent = async (ctx: HandlerContext): Promise<void> => {
  const consent = await ctx.ports.store.consents.get(requireCaller(ctx).userId, CONSENT_VERSION);
  if (!consent) throw new AppError('CONSENT.REQUIRED');
};

export const getConsent: Handler<'enroll', 'getConsent'> = async (_input, ctx) => {
  const consent = await ctx.ports.store.consents.get(requireCaller(ctx).userId, CONSENT_VERSION);
  return consent
    ? { version: CONSENT_VERSION, accepted: true, acceptedAt: consent.acceptedAt }
    : { version: CONSENT_VERSION, accepted: false };
};

export const acceptConsent: Handler<'enroll', 'acceptConsent'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  const saved = await ctx.ports.store.consents.record({
    userId: caller.userId,
    version: input.version,
    guardianName: input.guardianName,
    acceptedAt: ctx.now.toISOString(),
  });
  await ctx.audit({
    action: 'consent.accept',
    targetType: 'user',
    targetId: caller.userId,
    detail: { version: input.version },
  });
  return { version: saved.version, accepted: true, acceptedAt: saved.acceptedAt };
};
