import { randomBytes } from 'node:crypto';

let lastMs = 0;
let seq = 0;

/**
 * Ids that sort in the order this process made them: 12 hex digits of milliseconds, 6 of a sequence
 * within the millisecond, then random bits so that two function instances never collide. The audit log
 * has no auto-increment to order by; across instances the order is as good as their clocks.
 */
export const timeOrderedId = (now = Date.now()): string => {
  if (now > lastMs) {
    lastMs = now;
    seq = 0;
  } else {
    seq += 1;
  }
  const ms = lastMs.toString(16).padStart(12, '0');
  return `${ms}${seq.toString(16).padStart(6, '0')}${randomBytes(6).toString('hex')}`;
};
