// Canonical lists as bytes, written while validation reads the numbers anyway. A draw hashes its whole list;
// reading it from one dense buffer per school tier (or district) instead of from strings spread over the
// heap is most of what a list hash costs: 300,000 scattered reads wait on memory, a buffer streams.

const EMPTY = new Uint8Array(0);

/** Growable byte lists, one per school × tier cell or per large district. */
export class ByteLists {
  readonly buffers: Uint8Array[];
  readonly lengths: Int32Array;

  constructor(count: number) {
    this.buffers = new Array<Uint8Array>(count).fill(EMPTY);
    this.lengths = new Int32Array(count);
  }

  /** List k's buffer with room for `more` bytes past its length (a new, larger one if needed). */
  reserve(k: number, more: number): Uint8Array {
    const buffer = this.buffers[k]!;
    const needed = this.lengths[k]! + more;
    if (needed <= buffer.length) return buffer;
    let capacity = Math.max(256, buffer.length * 2);
    while (capacity < needed) capacity *= 2;
    const bigger = new Uint8Array(capacity);
    bigger.set(buffer.subarray(0, this.lengths[k]));
    this.buffers[k] = bigger;
    return bigger;
  }

  /** The bytes of list k. */
  bytes(k: number): Uint8Array {
    return this.buffers[k]!.subarray(0, this.lengths[k]);
  }
}

/**
 * 1 for the code units APPLICATION_NUMBER_PATTERN allows ([A-Za-z0-9-]), all ASCII: a number's bytes are its
 * code units.
 */
export const NUMBER_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) NUMBER_CHARS[c] = /^[A-Za-z0-9-]$/.test(String.fromCharCode(c)) ? 1 : 0;

/** The longest application number, in bytes. */
export const MAX_NUMBER_BYTES = 40;

/*
 * Why units listed with increasing numbers are in key order (which lets a cell's list be written in input
 * order): for units u before v, every number of u is below v's first number b, and u's key starts with its
 * first number a < b. Either a and b differ at some byte (a's is lower), or a is a prefix of b, where u's key
 * has `+` or ends and b has a number character: `+` (0x2b) sorts below all of them.
 */
