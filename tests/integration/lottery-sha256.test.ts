// The pure-JS SHA-256 of domain/lottery against Node's OpenSSL-backed one, on every length around the padding
// boundaries and on a spread of longer inputs. Lives here because domain/ may not import node:crypto.
import { createHash } from 'node:crypto';
import { sha256 } from '../../domain/lottery/sha256';
import { toHex } from '../../domain/lottery/hex';

/** Deterministic bytes (xorshift32), so a failure reproduces. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed | 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const reference = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

describe('sha256 against node:crypto', () => {
  it('agrees on every length from 0 to 300 bytes', () => {
    for (let length = 0; length <= 300; length++) {
      const data = bytes(length, length + 1);
      expect([length, toHex(sha256(data))]).toEqual([length, reference(data)]);
    }
  });

  it('agrees on 200 pseudo-random lengths up to 100 kB', () => {
    const lengths = bytes(400, 2024);
    for (let i = 0; i < 200; i++) {
      const length = ((lengths[2 * i]! << 8) | lengths[2 * i + 1]!) * 1.5 + i;
      const data = bytes(Math.floor(length), i + 7);
      expect(toHex(sha256(data))).toBe(reference(data));
    }
  });

  it('agrees on a canonical-list-sized input (2 MB)', () => {
    const data = bytes(2_100_000, 99);
    expect(toHex(sha256(data))).toBe(reference(data));
  });
});
