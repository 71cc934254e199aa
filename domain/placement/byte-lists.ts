// Canonical lists as bytes, written while validation reads the numbers anyway. A draw hashes its whole list;
// reading it from one dense buffer per school tier (or district) instead of from strings spread over the
// heap is most of what a list hash costs: 300,000 scattered reads wait on memory, a buffer streams.

/** Room a list takes at a time; a key never spans two chunks. */
const CHUNK = 2048;

/**
 * Byte lists, one per school × tier cell or per large district, in one arena: each list is a chain of chunks
 * taken from the arena's top as it fills, so 900 growing lists cost neither 900 growing buffers nor copies.
 * Offsets stay valid when the arena itself grows (it is copied whole).
 */
export class ByteLists {
  bytes: Uint8Array;
  private top = 0;
  /** Where list k writes next, and the end of its current chunk (0: none yet). */
  readonly at: Int32Array;
  private readonly end: Int32Array;
  private readonly start: Int32Array;
  /** List k's chunks before the current one: [start, end, start, end, ...]. */
  private readonly done: number[][];

  /** `expected`: about how many bytes all lists will hold. */
  constructor(count: number, expected: number) {
    this.bytes = new Uint8Array(Math.max(expected, CHUNK));
    this.at = new Int32Array(count);
    this.end = new Int32Array(count);
    this.start = new Int32Array(count);
    this.done = Array.from({ length: count }, () => []);
  }

  /** Makes room for `more` bytes at list k's write position (at[k]); returns the arena to write them to. */
  reserve(k: number, more: number): Uint8Array {
    if (this.at[k]! + more <= this.end[k]!) return this.bytes;
    if (this.end[k]! > 0) this.done[k]!.push(this.start[k]!, this.at[k]!);
    const size = Math.max(CHUNK, more);
    if (this.top + size > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.top + size));
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    this.start[k] = this.at[k] = this.top;
    this.top += size;
    this.end[k] = this.top;
    return this.bytes;
  }

  /** List k as pieces of the arena, in order. */
  pieces(k: number): Uint8Array[] {
    const ranges = [...this.done[k]!, this.start[k]!, this.at[k]!];
    const pieces: Uint8Array[] = [];
    for (let i = 0; i < ranges.length; i += 2) pieces.push(this.bytes.subarray(ranges[i], ranges[i + 1]));
    return pieces;
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
