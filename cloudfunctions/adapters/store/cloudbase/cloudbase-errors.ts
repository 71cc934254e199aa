import { DuplicateKeyError } from '../../../lib/ports/store';

const codeOf = (e: unknown): string => String((e as { code?: unknown } | null)?.code ?? '');
const messageOf = (e: unknown): string => String((e as { message?: unknown } | null)?.message ?? '');

/**
 * CloudBase answers a write that hits an existing `_id` or a unique index with DATABASE_DUPLICATE_WRITE
 * (docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE); older gateways passed MongoDB's E11000 through
 * in the message, so both are recognised.
 */
export const isDuplicateWrite = (e: unknown): boolean =>
  codeOf(e) === 'DATABASE_DUPLICATE_WRITE' || /E11000|duplicate key/i.test(messageOf(e));

/** Two transactions wrote the same document: the loser must run again (see run-transaction.ts). */
export const isTransactionConflict = (e: unknown): boolean => codeOf(e) === 'DATABASE_TRANSACTION_CONFLICT';

/** Runs a write whose duplicate key means "this constraint refused it" in the port's terms. */
export const guardDuplicate = async <T>(constraint: string, op: () => Promise<T>): Promise<T> => {
  try {
    return await op();
  } catch (e) {
    if (isDuplicateWrite(e)) throw new DuplicateKeyError(constraint);
    throw e;
  }
};
