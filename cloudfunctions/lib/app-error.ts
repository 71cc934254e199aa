import type { ErrorCode, Issue } from '../../types';
import { ERROR_CODES } from '../../types';

/**
 * The one error a handler throws on purpose. Everything else that escapes a handler is a bug and
 * is answered as INTERNAL.ERROR without details.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly issues?: Issue[],
  ) {
    super(message ?? ERROR_CODES[code].message);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
