import { maskIdNumber } from '../../domain/id-number/mask-id-number';
import { parseIdNumber } from '../../domain/id-number/parse-id-number';
import { AppError } from '../lib/app-error';
import type { HandlerContext } from '../lib/handler';
import { requireCaller } from '../lib/handler';

/**
 * The guardian's ID number: typed once (then stored encrypted), decrypted only to ask a department.
 * Returns the plaintext and whether the parent typed it in this request (for the effort figures).
 */
export const guardianIdNumber = async (
  ctx: HandlerContext,
  typed: string | undefined,
): Promise<{ idNumber: string; typedNow: boolean }> => {
  const caller = requireCaller(ctx);
  const { store, crypto } = ctx.ports;
  if (typed !== undefined) {
    const parsed = parseIdNumber(typed);
    if (!parsed.ok) {
      const message = `监护人${parsed.message}`;
      throw new AppError('GUARDIAN.ID_INVALID', message, [{ path: ['guardianIdNumber'], message }]);
    }
    await store.guardians.put({
      userId: caller.userId,
      idCipher: crypto.encrypt(parsed.value.idNumber),
      idBlind: crypto.blindIndex(parsed.value.idNumber),
      idMasked: maskIdNumber(parsed.value.idNumber),
      updatedAt: ctx.now.toISOString(),
    });
    return { idNumber: parsed.value.idNumber, typedNow: true };
  }
  const stored = await store.guardians.get(caller.userId);
  if (!stored) {
    throw new AppError('GUARDIAN.ID_REQUIRED', undefined, [
      { path: ['guardianIdNumber'], message: '请填写监护人身份证号码' },
    ]);
  }
  return { idNumber: crypto.decrypt(stored.idCipher), typedNow: false };
};
