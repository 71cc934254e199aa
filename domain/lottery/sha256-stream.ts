// SHA-256 of text fed piece by piece, UTF-8 encoded on the way in. A district's canonical list runs to
// megabytes: hashing its keys as they come costs no joined string and no byte copy of it, and gives exactly
// sha256(encodeUtf8(pieces.join(''))). Bytes go straight into the big-endian message words.
import { compress, resetState } from './sha256';
import { encodeUtf8 } from './utf8';

// Imported functions used per block, copied to module constants: transpiled to CommonJS (tsx, jest, the
// mini-program bundler) every use of an imported binding is a getter call.
const compressBlock = compress;

export class Sha256Stream {
  private readonly state = new Uint32Array(8);
  private readonly block = new Uint32Array(16);
  private readonly schedule = new Int32Array(64);
  /** Bytes of the word being filled, most significant first, and how many bytes the block holds. */
  private word = 0;
  private fill = 0;
  /** Bytes fed so far; a double holds any length a JS string can reach exactly. */
  private length = 0;

  constructor() {
    resetState(this.state);
  }

  /** Feeds `text` as UTF-8. */
  writeText(text: string): void {
    let word = this.word;
    let fill = this.fill;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        // Keys are ASCII by validation; anything else takes the general encoder from here on, which pairs
        // surrogates exactly as encodeUtf8 of the whole text would (a pair never starts below 0x80).
        this.word = word;
        this.fill = fill;
        this.length += i;
        this.writeBytes(encodeUtf8(text.slice(i)));
        return;
      }
      word = (word << 8) | c;
      fill++;
      if ((fill & 3) === 0) {
        this.block[(fill >> 2) - 1] = word;
        if (fill === 64) {
          compressBlock(this.state, this.block, this.schedule);
          fill = 0;
        }
      }
    }
    this.word = word;
    this.fill = fill;
    this.length += n;
  }

  /** Feeds one byte (a separator). */
  writeByte(byte: number): void {
    this.word = (this.word << 8) | byte;
    this.fill++;
    this.length++;
    if ((this.fill & 3) === 0) {
      this.block[(this.fill >> 2) - 1] = this.word;
      if (this.fill === 64) {
        compressBlock(this.state, this.block, this.schedule);
        this.fill = 0;
      }
    }
  }

  /** Feeds data[from .. to). */
  writeBytes(data: Uint8Array, from = 0, to = data.length): void {
    let word = this.word;
    let fill = this.fill;
    for (let i = from; i < to; i++) {
      word = (word << 8) | data[i]!;
      fill++;
      if ((fill & 3) === 0) {
        this.block[(fill >> 2) - 1] = word;
        if (fill === 64) {
          compressBlock(this.state, this.block, this.schedule);
          fill = 0;
        }
      }
    }
    this.word = word;
    this.fill = fill;
    this.length += to - from;
  }

  /** The 32-byte digest; the stream is finished after this. */
  digest(): Uint8Array {
    const bits = this.length * 8;
    this.writeByte(0x80);
    while (this.fill !== 56) this.writeByte(0);
    const high = Math.floor(bits / 0x100000000);
    const low = bits % 0x100000000;
    for (const word of [high, low])
      for (let shift = 24; shift >= 0; shift -= 8) this.writeByte((word >>> shift) & 0xff);
    const digest = new Uint8Array(32);
    for (let i = 0; i < 8; i++) {
      const word = this.state[i]!;
      digest[i * 4] = word >>> 24;
      digest[i * 4 + 1] = word >>> 16;
      digest[i * 4 + 2] = word >>> 8;
      digest[i * 4 + 3] = word;
    }
    return digest;
  }
}
