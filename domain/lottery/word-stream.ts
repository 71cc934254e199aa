// The random words: block k = SHA-256(seed ‖ k as 4-byte big-endian), 8 big-endian words per block.
// seed ‖ k is 36 bytes, so each block is exactly one padded SHA-256 block, and the digest state words *are*
// the big-endian words of the stream: no bytes, no allocation per word or per block. Only the counter word
// changes from block to block, so the compression is specialised to that (word-stream-block.ts): what the
// seed alone decides is computed once, in the constructor.
import { keepShape } from './keep-shapes';
import { compressCounter, SeedPrefix } from './word-stream-block';

// Imported functions used per block, copied to module constants: transpiled to CommonJS (tsx, jest, the
// mini-program bundler) every use of an imported binding is a getter call.
const compressBlock = compressCounter;

/** Anything that yields uint32 words; the real stream, or a fixed list in tests. */
export interface WordSource {
  next(): number;
}

const TWO_POW_32 = 4294967296;
const MAX_BLOCK = 0xffffffff;

export class WordStream implements WordSource {
  private readonly prefix: SeedPrefix;
  private readonly words = new Uint32Array(8);
  private block = 0;
  private index = 8;

  constructor(seed: Uint8Array) {
    if (seed.length !== 32) throw new RangeError('seed must be 32 bytes');
    this.prefix = new SeedPrefix(seed);
  }

  next(): number {
    if (this.index === 8) this.refill();
    return this.words[this.index++]!;
  }

  /**
   * uniform(this, n) for a shuffle of positions (2 ≤ n < 2^31): the same words taken, the same result. A word
   * at or above 2^31 returned by next() is a heap number on the way out of a call that is not inlined; here
   * it stays inside, and the index returned is a small integer: a season's shuffles take 100,000 of them.
   */
  below(n: number): number {
    const limit = TWO_POW_32 - remainder(TWO_POW_32, n);
    for (;;) {
      if (this.index === 8) this.refill();
      const word = this.words[this.index++]!;
      if (word < limit) return remainder(word, n);
    }
  }

  private refill(): void {
    // 2^32 blocks are 2^35 words: unreachable in practice, but the counter must not silently wrap.
    if (this.block > MAX_BLOCK) throw new RangeError('word stream exhausted');
    compressBlock(this.prefix, this.block++, this.words);
    this.index = 0;
  }
}

/**
 * word % n for 0 ≤ word ≤ 2^32 and 1 ≤ n < 2^32, by a float division: quicker than the integer or float
 * modulo V8 compiles `%` to here, and exact. The quotient's rounding error is at most 2^32 / n × 2^-53 = 2^-21 / n, while
 * a quotient that is not an integer falls short of the next one by at least 1 / n: the floor is right.
 */
export function remainder(word: number, n: number): number {
  return word - Math.floor(word / n) * n;
}

// Every draw compiles against these shapes (the stream's and its SeedPrefix's): see keep-shapes.ts.
keepShape(new WordStream(new Uint8Array(32)));
