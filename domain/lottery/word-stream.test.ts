import { toHex } from './hex';
import { sha256 } from './sha256';
import { uniform } from './uniform';
import { WordStream } from './word-stream';

function seedBytes(): Uint8Array {
  return Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 5) & 0xff);
}

function wordsHex(stream: WordStream, count: number): string {
  let hex = '';
  for (let i = 0; i < count; i++) hex += stream.next().toString(16).padStart(8, '0');
  return hex;
}

function block(seed: Uint8Array, k: number): string {
  const message = new Uint8Array(36);
  message.set(seed);
  new DataView(message.buffer).setUint32(32, k);
  return toHex(sha256(message));
}

describe('WordStream', () => {
  it('yields the big-endian words of SHA-256(seed ‖ k), block after block', () => {
    const seed = seedBytes();
    const stream = new WordStream(seed);
    expect(wordsHex(stream, 8)).toBe(block(seed, 0));
    expect(wordsHex(stream, 8)).toBe(block(seed, 1));
    expect(wordsHex(stream, 8)).toBe(block(seed, 2));
  });

  it('reaches far counters with big-endian k', () => {
    const seed = seedBytes();
    const stream = new WordStream(seed);
    for (let i = 0; i < 300 * 8; i++) stream.next();
    expect(wordsHex(stream, 8)).toBe(block(seed, 300));
  });

  it('yields unsigned words', () => {
    const stream = new WordStream(seedBytes());
    for (let i = 0; i < 1000; i++) {
      const w = stream.next();
      expect(Number.isInteger(w) && w >= 0 && w < 2 ** 32).toBe(true);
    }
  });

  it('refuses a seed that is not 32 bytes', () => {
    expect(() => new WordStream(new Uint8Array(31))).toThrow(RangeError);
  });
});

describe('WordStream.below', () => {
  it('is uniform(stream, n): the same indices from the same words, rejections included', () => {
    const a = new WordStream(seedBytes());
    const b = new WordStream(seedBytes());
    // Small n, n just above a power of two (half the words rejected) and n near 2^31.
    const ns = [2, 3, 7, 1000, 65_537, 2 ** 30 + 1, 2 ** 31 - 1];
    for (let i = 0; i < 20_000; i++) {
      const n = ns[i % ns.length]!;
      expect(b.below(n)).toBe(uniform(a, n));
    }
    expect(b.next()).toBe(a.next());
  });
});
