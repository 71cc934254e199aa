/**
 * Delay before retry number `retry` (0-based): exponential, with "equal jitter" (half fixed, half random)
 * so that many function instances retrying after the same outage do not hit the department in step.
 * `random` returns a number in [0, 1).
 */
export const backoffDelayMs = (baseMs: number, retry: number, random: () => number): number => {
  const ceiling = baseMs * 2 ** retry;
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
};
