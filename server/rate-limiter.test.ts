import { createRateLimiter } from './rate-limiter';

describe('rate limiter', () => {
  it('lets a burst through, then refills at the sustained rate, per client', () => {
    const limiter = createRateLimiter({ perSecond: 2, burst: 3 });
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('a', t0))).toEqual([true, true, true]);
    expect(limiter.take('a', t0)).toEqual({ retryAfterSeconds: 1 });
    expect(limiter.take('b', t0)).toBe(true);
    expect(limiter.take('a', t0 + 500)).toBe(true);
    expect(limiter.take('a', t0 + 500)).toMatchObject({ retryAfterSeconds: 1 });
    expect(limiter.take('a', t0 + 10_000)).toBe(true);
  });
});
