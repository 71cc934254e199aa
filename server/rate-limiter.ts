/**
 * Per-client token buckets for the API: a family tapping quickly is never limited, a script hammering
 * one endpoint is (429 RATE.LIMITED). In production CloudBase applies its own limits in front of the
 * functions; this protects the one-machine runtime.
 */
export interface RateLimitConfig {
  /** Sustained requests per second per client. */
  perSecond: number;
  /** Requests a client may send at once before the sustained rate applies. */
  burst: number;
}

export interface RateLimiter {
  /** true when the request may proceed; otherwise the seconds until it would. */
  take(client: string, nowMs: number): true | { retryAfterSeconds: number };
}

const MAX_CLIENTS = 10_000;

export const createRateLimiter = ({ perSecond, burst }: RateLimitConfig): RateLimiter => {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client, nowMs) {
      const b = buckets.get(client) ?? { tokens: burst, at: nowMs };
      b.tokens = Math.min(burst, b.tokens + ((nowMs - b.at) / 1000) * perSecond);
      b.at = nowMs;
      // Re-insert to keep the map in least-recently-used order; forget the oldest beyond the cap.
      buckets.delete(client);
      buckets.set(client, b);
      if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value as string);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return true;
      }
      return { retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / perSecond)) };
    },
  };
};
