import { requireConsent } from '../enroll/consent';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import { newId } from '../lib/new-id';
import type { VerificationRecord } from '../lib/ports/records';
import { ALL_KINDS, askDepartments } from './ask-departments';
import { guardianIdNumber } from './guardian-identity';
import { loadOwnChild } from './load-verification';
import { toVerificationView } from './verification-view';

/** 一键核: asks every department about this child and guardian. Running it again refreshes the answers. */
export const start: Handler<'verify', 'start'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  await requireConsent(ctx);
  const { store, crypto } = ctx.ports;
  const season = await store.catalog.getSeason(input.seasonId);
  if (!season) throw new AppError('NOT_FOUND.SEASON');
  const child = await loadOwnChild(ctx, input.childId);
  const guardian = await guardianIdNumber(ctx, input.guardianIdNumber);
  const childIdNumber = crypto.decrypt(child.idCipher);
  if (childIdNumber === guardian.idNumber) {
    throw new AppError('GUARDIAN.ID_INVALID', '监护人身份证号不能与孩子的相同，请填写监护人本人的号码。', [
      { path: ['guardianIdNumber'], message: '与孩子的身份证号相同' },
    ]);
  }
  const checks = await askDepartments(
    ctx.ports,
    { childId: child.id, childIdNumber, guardianIdNumber: guardian.idNumber, seasonName: season.name },
    ALL_KINDS,
    { actorId: caller.userId, role: caller.role },
  );
  const prior = await store.verifications.findForChild(season.id, child.id);
  const at = ctx.now.toISOString();
  const record: VerificationRecord = {
    id: prior?.id ?? newId('v'),
    seasonId: season.id,
    childId: child.id,
    guardianId: caller.userId,
    checks,
    materials: prior?.materials ?? [],
    pending: checks.some((c) => c.outcome === 'unavailable'),
    fieldsTyped: (prior?.fieldsTyped ?? 0) + (guardian.typedNow ? 1 : 0),
    createdAt: prior?.createdAt ?? at,
    updatedAt: at,
  };
  await store.verifications.put(record);
  await ctx.audit({ action: 'verify.start', targetType: 'verification', targetId: record.id });
  return toVerificationView(record);
};
