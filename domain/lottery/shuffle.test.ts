import { shuffle } from './shuffle';
import type { WordSource } from './word-stream';

/** Always answers word 0 and records the n of each uniform() call through the words it is asked for. */
function zeros(): WordSource & { calls: number } {
  const source = { calls: 0, next: () => (source.calls++, 0) };
  return source;
}

describe('shuffle (Fisher–Yates, i from m−1 down to 1)', () => {
  it('takes one uniform(i + 1) per position and swaps a[i] with a[j]', () => {
    // With every j = 0: i=3 swaps a3,a0; i=2 swaps a2,a0; i=1 swaps a1,a0.
    const source = zeros();
    expect(shuffle(['a', 'b', 'c', 'd'], source)).toEqual(['b', 'c', 'd', 'a']);
    expect(source.calls).toBe(3);
  });

  it('follows the words: j = w mod (i + 1)', () => {
    const list = [2, 0, 1]; // i=3: j=2; i=2: j=0; i=1: j=1
    let k = 0;
    const source: WordSource = { next: () => list[k++]! };
    // [a,b,c,d] → swap 3,2 → [a,b,d,c] → swap 2,0 → [d,b,a,c] → swap 1,1 → [d,b,a,c]
    expect(shuffle(['a', 'b', 'c', 'd'], source)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('leaves 0 or 1 items alone without taking words, and never mutates its input', () => {
    const source = zeros();
    expect(shuffle([], source)).toEqual([]);
    expect(shuffle(['x'], source)).toEqual(['x']);
    expect(source.calls).toBe(0);
    const input = ['a', 'b', 'c'];
    shuffle(input, zeros());
    expect(input).toEqual(['a', 'b', 'c']);
  });
});
