import { toHex } from './hex';
import { sha256 } from './sha256';
import { uniform } from './uniform';
import { encodeUtf8 } from './utf8';
import { remainder, WordStream } from './word-stream';
import { compressCounter, SeedPrefix } from './word-stream-block';

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

/** The words of block k by the generic sha256() of seed ‖ k: the digest read as big-endian uint32. */
function referenceWords(seed: Uint8Array, k: number): number[] {
  const message = new Uint8Array(36);
  message.set(seed);
  new DataView(message.buffer).setUint32(32, k);
  const digest = new DataView(sha256(message).buffer);
  return Array.from({ length: 8 }, (_, i) => digest.getUint32(i * 4));
}

/** Edge seeds, random-looking ones that are the same every run, and one fresh random seed. */
function testSeeds(): Uint8Array[] {
  const labelled = [1, 2, 3].map((i) => sha256(encodeUtf8(`word-stream test seed ${i}`)));
  const fresh = crypto.getRandomValues(new Uint8Array(32));
  return [new Uint8Array(32), new Uint8Array(32).fill(0xff), ...labelled, fresh];
}

describe('WordStream', () => {
  it('yields the big-endian words of SHA-256(seed ‖ k), block after block', () => {
    const seed = seedBytes();
    const stream = new WordStream(seed);
    expect(wordsHex(stream, 8)).toBe(block(seed, 0));
    expect(wordsHex(stream, 8)).toBe(block(seed, 1));
    expect(wordsHex(stream, 8)).toBe(block(seed, 2));
  });

  it('is the generic sha256() of seed ‖ k for the first 20,000 words, whatever the seed', () => {
    for (const seed of testSeeds()) {
      const stream = new WordStream(seed);
      const words: number[] = [];
      const expected: number[] = [];
      for (let k = 0; k < 2500; k++) {
        for (let i = 0; i < 8; i++) words.push(stream.next());
        expected.push(...referenceWords(seed, k));
      }
      // The seed in the result names the failing one (the fresh seed changes every run).
      const firstDifference = words.findIndex((w, i) => w !== expected[i]);
      expect({ seed: toHex(seed), firstDifference }).toEqual({ seed: toHex(seed), firstDifference: -1 });
    }
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

describe('compressCounter', () => {
  it('is the generic sha256() of seed ‖ k up to the last counter, k ≥ 2^31 included', () => {
    const seed = sha256(encodeUtf8('word-stream far counters'));
    const prefix = new SeedPrefix(seed);
    const out = new Uint32Array(8);
    for (const k of [0xff, 0x100, 0xffff, 0x1000000, 0x7fffffff, 0x80000000, 0xdeadbeef, 0xffffffff]) {
      compressCounter(prefix, k, out);
      expect({ k, words: Array.from(out) }).toEqual({ k, words: referenceWords(seed, k) });
    }
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

describe('remainder', () => {
  it('is word % n at the edges: around every multiple that matters, and 2^32 itself (the limit)', () => {
    for (const n of [1, 2, 3, 7, 1000, 65_537, 2 ** 30 + 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1]) {
      const top = Math.floor((2 ** 32 - 1) / n) * n;
      for (const base of [0, n, 2 * n, top - n, top]) {
        for (const word of [base - 1, base, base + 1, 2 ** 32]) {
          if (word < 0 || word > 2 ** 32) continue;
          expect([n, word, remainder(word, n)]).toEqual([n, word, word % n]);
        }
      }
    }
  });
});
