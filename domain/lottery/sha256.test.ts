// Known-answer tests from FIPS 180-4 / NIST examples; random lengths against node:crypto live in
// tests/integration/lottery-sha256.test.ts (domain/ may not import node:*).
import { toHex } from './hex';
import { compress, resetState, sha256 } from './sha256';
import { encodeUtf8 } from './utf8';

const hash = (text: string): string => toHex(sha256(encodeUtf8(text)));

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('hashes %j', (text, expected) => {
    expect(hash(text)).toBe(expected);
  });

  it('hashes one million "a" (many blocks)', () => {
    expect(hash('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('returns a fresh 32-byte array each time', () => {
    const a = sha256(new Uint8Array(3));
    const b = sha256(new Uint8Array(4));
    expect(a.length).toBe(32);
    expect(toHex(a)).not.toBe(toHex(b));
  });

  it('exposes the compression for single-block messages', () => {
    // "abc" padded by hand: 0x61626380, zeros, bit length 24.
    const block = new Uint32Array(16);
    block[0] = 0x61626380;
    block[15] = 24;
    const state = new Uint32Array(8);
    resetState(state);
    compress(state, block, new Uint32Array(64));
    expect(Array.from(state, (w) => w.toString(16).padStart(8, '0')).join('')).toBe(hash('abc'));
  });
});
