import { NONCE_TTL_S } from './signing';

export interface NonceCache {
  /** True the first time a nonce is seen within the TTL, false for a replay. Remembers it either way. */
  firstSeen(nonce: string, nowMs: number): boolean;
  size(): number;
}

/**
 * In-memory replay guard. Entries expire after NONCE_TTL_S; since timestamps older than the window are
 * refused anyway, a forgotten nonce can never be replayed successfully. Expired entries are pruned as
 * time moves on (a Map keeps insertion order, so the oldest are at the front).
 */
export const createNonceCache = (ttlMs = NONCE_TTL_S * 1000): NonceCache => {
  const seen = new Map<string, number>();
  const prune = (nowMs: number) => {
    for (const [nonce, expires] of seen) {
      if (expires > nowMs) break;
      seen.delete(nonce);
    }
  };
  return {
    firstSeen(nonce, nowMs) {
      prune(nowMs);
      const expires = seen.get(nonce);
      if (expires !== undefined && expires > nowMs) return false;
      seen.delete(nonce); // re-insert at the back, keeping the Map ordered by expiry
      seen.set(nonce, nowMs + ttlMs);
      return true;
    },
    size: () => seen.size,
  };
};
