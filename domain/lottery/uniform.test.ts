import { uniform } from './uniform';
import type { WordSource } from './word-stream';

/** A fixed list of words; records how many were taken. */
function words(...list: number[]): WordSource & { taken: number } {
  const source = {
    taken: 0,
    next(): number {
      const w = list[source.taken++];
      if (w === undefined) throw new Error('out of words');
      return w;
    },
  };
  return source;
}

const MAX = 0xffffffff;

describe('uniform', () => {
  it('n = 2: limit is 2^32, nothing is rejected', () => {
    const source = words(MAX, 0, 7);
    expect(uniform(source, 2)).toBe(1);
    expect(uniform(source, 2)).toBe(0);
    expect(uniform(source, 2)).toBe(1);
    expect(source.taken).toBe(3);
  });

  it('n = 3: 2^32 mod 3 = 1, so limit = 2^32 − 1 and the word 2^32 − 1 is rejected', () => {
    const source = words(MAX, MAX - 1);
    expect(uniform(source, 3)).toBe((MAX - 1) % 3);
    expect(source.taken).toBe(2);
  });

  it('n = 6: the four words from 2^32 − 4 upward are rejected, the one below is kept', () => {
    const source = words(MAX - 3, MAX - 2, MAX - 1, MAX, MAX - 4);
    expect(uniform(source, 6)).toBe((MAX - 4) % 6);
    expect(source.taken).toBe(5);
  });

  it('n = 2^32: every word is accepted and returned as is', () => {
    const source = words(MAX, 0x80000000, 0);
    expect(uniform(source, 2 ** 32)).toBe(MAX);
    expect(uniform(source, 2 ** 32)).toBe(0x80000000);
    expect(uniform(source, 2 ** 32)).toBe(0);
  });

  it('keeps words ≥ 2^31 positive (no 32-bit signed arithmetic)', () => {
    expect(uniform(words(0x80000001), 10)).toBe(0x80000001 % 10);
  });

  it.each([1, 0, -3, 2.5, 2 ** 32 + 1, Number.NaN])('refuses n = %p', (n) => {
    expect(() => uniform(words(1), n)).toThrow(RangeError);
  });
});
