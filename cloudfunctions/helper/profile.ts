import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { HelperProfileRecord } from '../lib/ports/records';
import { DuplicateKeyError } from '../lib/ports/store';
import { newHelperCode } from './helper-code';
import { toHelperCard, toHelperProfile } from './grant-view';

/** A clash of random codes is astronomically rare; a few fresh draws settle it. */
const CODE_ATTEMPTS = 5;

export const myProfile: Handler<'helper', 'myProfile'> = async (_input, ctx) => {
  const profile = await ctx.ports.store.helperProfiles.get(requireCaller(ctx).userId);
  return profile ? toHelperProfile(profile) : null;
};

/**
 * The helper states who they are; parents see exactly this before they authorise. The code is issued once
 * and kept, so that a code already given to families keeps working after a change of organisation.
 */
export const saveProfile: Handler<'helper', 'saveProfile'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  const { store } = ctx.ports;
  const at = ctx.now.toISOString();
  const existing = await store.helperProfiles.get(caller.userId);
  if (existing) {
    const next: HelperProfileRecord = { ...existing, ...input, updatedAt: at };
    await store.transaction(async (tx) => {
      await tx.helperProfiles.update(next);
      await ctx.audit({ action: 'helper.profile_update', targetType: 'user', targetId: caller.userId }, tx);
    });
    return toHelperProfile(next);
  }
  for (let attempt = 1; ; attempt++) {
    const profile: HelperProfileRecord = {
      userId: caller.userId,
      code: newHelperCode(),
      ...input,
      createdAt: at,
      updatedAt: at,
    };
    try {
      await store.transaction(async (tx) => {
        await tx.helperProfiles.insert(profile);
        await ctx.audit({ action: 'helper.profile_create', targetType: 'user', targetId: caller.userId }, tx);
      });
      return toHelperProfile(profile);
    } catch (e) {
      if (!(e instanceof DuplicateKeyError) || attempt >= CODE_ATTEMPTS) throw e;
      // Two saves of one helper at once: the first profile stands.
      const raced = await store.helperProfiles.get(caller.userId);
      if (raced) return toHelperProfile(raced);
    }
  }
};

/** What the parent confirms: name, organisation and kind. Never the helper's id or other families. */
export const lookupHelper: Handler<'helper', 'lookupHelper'> = async (input, ctx) => {
  const profile = await ctx.ports.store.helperProfiles.findByCode(input.code);
  if (!profile) throw new AppError('NOT_FOUND.HELPER');
  return toHelperCard(profile);
};
