import { parseIdNumber } from '../../domain/id-number/parse-id-number';
import { maskIdNumber } from '../../domain/id-number/mask-id-number';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import { newId } from '../lib/new-id';
import type { ChildRecord } from '../lib/ports/records';
import { toChildView } from './child-view';
import { requireConsent } from './consent';

export const addChild: Handler<'enroll', 'addChild'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  await requireConsent(ctx);
  const parsed = parseIdNumber(input.idNumber);
  if (!parsed.ok) {
    throw new AppError('CHILD.ID_INVALID', parsed.message, [{ path: ['idNumber'], message: parsed.message }]);
  }
  const { store, crypto } = ctx.ports;
  const idBlind = crypto.blindIndex(parsed.value.idNumber);
  // Adding the same child twice (a retry, a second tap) returns the child already there.
  const existing = await store.children.findByGuardianAndBlind(caller.userId, idBlind);
  if (existing) return toChildView(existing);

  const child: ChildRecord = {
    id: newId('c'),
    guardianId: caller.userId,
    name: input.name,
    idCipher: crypto.encrypt(parsed.value.idNumber),
    idBlind,
    idMasked: maskIdNumber(parsed.value.idNumber),
    birthDate: parsed.value.birthDate,
    sex: parsed.value.sex,
    createdAt: ctx.now.toISOString(),
  };
  await store.transaction(async (tx) => {
    await tx.children.insert(child);
    await ctx.audit({ action: 'child.add', targetType: 'child', targetId: child.id }, tx);
  });
  return toChildView(child);
};

export const listChildren: Handler<'enroll', 'listChildren'> = async (_input, ctx) => {
  const children = await ctx.ports.store.children.listByGuardian(requireCaller(ctx).userId);
  return children.map(toChildView);
};
