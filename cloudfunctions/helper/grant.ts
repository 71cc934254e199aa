import { CONSENT_VERSION, MAX_ACTIVE_GRANTS } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import { newId } from '../lib/new-id';
import type { HelperGrantRecord } from '../lib/ports/records';
import { grantMessage } from './grant-messages';
import { isActive, toGrantView } from './grant-view';

const DAY_MS = 24 * 3600_000;

/**
 * R6.3: the parent's explicit, time-limited authorisation. The helper is the one behind the code the
 * parent confirmed; the grant, its audit entry and the parent's message land together.
 */
export const grant: Handler<'helper', 'grant'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  const { store, notifier } = ctx.ports;
  const helper = await store.helperProfiles.findByCode(input.code);
  if (!helper) throw new AppError('NOT_FOUND.HELPER');
  // The name the helper will know the family by: the guardian's own, as given with the privacy consent.
  const consent = await store.consents.get(caller.userId, CONSENT_VERSION);
  const at = ctx.now.toISOString();
  const record: HelperGrantRecord = {
    id: newId('grant'),
    guardianId: caller.userId,
    guardianName: consent?.guardianName ?? caller.name,
    helperId: helper.userId,
    helperName: helper.name,
    helperOrganisation: helper.organisation,
    helperKind: helper.kind,
    scope: [...new Set(input.scope)],
    status: 'active',
    createdAt: at,
    expiresAt: new Date(ctx.now.getTime() + input.days * DAY_MS).toISOString(),
    views: 0,
  };
  await store.transaction(async (tx) => {
    const active = (await tx.helperGrants.listByGuardian(caller.userId)).filter((g) => isActive(g, ctx.now));
    if (active.some((g) => g.helperId === helper.userId)) throw new AppError('HELPER.ALREADY_GRANTED');
    if (active.length >= MAX_ACTIVE_GRANTS) throw new AppError('HELPER.TOO_MANY_GRANTS');
    await tx.helperGrants.insert(record);
    await ctx.audit(
      {
        action: 'helper.grant',
        targetType: 'helper_grant',
        targetId: record.id,
        detail: { helperId: helper.userId, days: input.days, scope: record.scope.join(',') },
      },
      tx,
    );
    await notifier.notify(tx, grantMessage('granted', record, at));
  });
  return toGrantView(record, ctx.now);
};
