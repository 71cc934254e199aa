import { SCRYPT_PARAMS, hashPassword, verifyPassword } from './password-hash';
import { afterFailure, afterSuccess, isLocked, lockMsAfter } from './login-throttle';

describe('password hashing (scrypt)', () => {
  it('hashes with a fresh salt and the production cost, and verifies only the same password', async () => {
    const a = await hashPassword('Correct-horse-42');
    const b = await hashPassword('Correct-horse-42');
    expect(a.params).toEqual(SCRYPT_PARAMS);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPassword('Correct-horse-42', a)).toBe(true);
    expect(await verifyPassword('Correct-horse-43', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
    // Five checks at the real cost (~0.3 s each on one idle core): generous for a shared, busy machine.
  }, 30_000);

  it('verifies with the parameters stored beside the hash, so the cost can rise later', async () => {
    const cheap = await hashPassword('Old-pass-123', { N: 1024, r: 8, p: 1, keylen: 32 });
    expect(await verifyPassword('Old-pass-123', cheap)).toBe(true);
  });
});

describe('login backoff', () => {
  const at = new Date('2026-06-01T00:00:00Z');
  const fresh = { userId: 'u', hash: '', salt: '', params: SCRYPT_PARAMS, failures: 0, updatedAt: '' };

  it('allows four failures, then locks for 1, 2, 4 … minutes up to an hour', () => {
    expect([1, 2, 3, 4].map(lockMsAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 12, 30].map((n) => lockMsAfter(n) / 60_000)).toEqual([1, 2, 4, 60, 60]);
  });

  it('counts failures, locks from the fifth, and clears on success', () => {
    let c = fresh;
    for (let i = 0; i < 4; i++) c = afterFailure(c, at);
    expect(isLocked(c, at)).toBe(false);
    c = afterFailure(c, at);
    expect(isLocked(c, at)).toBe(true);
    expect(isLocked(c, new Date(at.getTime() + 60_001))).toBe(false);
    expect(afterSuccess(c, at)).toEqual({ ...fresh, updatedAt: at.toISOString() });
  });
});
