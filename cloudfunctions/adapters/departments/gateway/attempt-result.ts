import type { UnavailableReason } from '../../../lib/ports/departments';
import type { CheckResponse } from '../contract';

/** What one HTTP attempt gave: a trusted answer, or a failure that may be worth retrying. */
export type AttemptResult =
  | { ok: true; response: CheckResponse; responseHash: string }
  | { ok: false; reason: Exclude<UnavailableReason, 'circuit_open'>; retryable: boolean; detail: string };

export const failed = (
  reason: Exclude<UnavailableReason, 'circuit_open'>,
  detail: string,
  retryable = false,
): AttemptResult => ({ ok: false, reason, retryable, detail });
