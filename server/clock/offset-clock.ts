import type { Clock } from '../../cloudfunctions/lib/ports/clock';

/**
 * The local server's clock when CLOCK_CONTROL is on: the system clock plus an offset that only grows. A
 * demo or a test moves it past a deadline (the withdrawal deadline, a draw's scheduled time, an offer's
 * 72 hours) instead of waiting weeks; time still runs, so timestamps written after a move stay in order.
 */
export interface ControllableClock extends Clock {
  /** How far ahead of the system clock this clock runs, in ms (≥ 0). */
  offsetMs(): number;
  /** Moves to `target`; refused (false, nothing changes) when that would be at or before now. */
  moveTo(target: Date): boolean;
}

export const createOffsetClock = (
  opts: { offsetMs?: number; systemNow?: () => number; onMove?: (offsetMs: number) => void } = {},
): ControllableClock => {
  const systemNow = opts.systemNow ?? Date.now;
  let offset = Math.max(0, opts.offsetMs ?? 0);
  return {
    now: () => new Date(systemNow() + offset),
    offsetMs: () => offset,
    moveTo(target) {
      const wall = systemNow();
      // Going back would let a closed deadline reopen and make the audit log run backwards.
      if (!(target.getTime() > wall + offset)) return false;
      offset = target.getTime() - wall;
      opts.onMove?.(offset);
      return true;
    },
  };
};
