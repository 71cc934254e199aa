// SHA-256 of one word-stream block, seed ‖ k, specialised to its single padded message block. Message words
// 0..7 are the seed, fixed for the stream; word 8 is the counter k; words 9..15 are the padding 0x80000000,
// five zeros and the bit length 288. Whatever depends only on the seed and the padding is computed once per
// stream (SeedPrefix); per block only what the counter reaches is left. Every step is the FIPS 180-4 one
// with constant parts added up beforehand: the words are those of the generic sha256(), bit for bit.
import {
  expandSchedule as expandScheduleFrom,
  IV as SHA256_IV,
  rounds as roundsOf,
  smallSigma0,
  smallSigma1,
} from './sha256';

// Imported bindings used per block, copied to module constants (see word-stream.ts).
const IV = SHA256_IV;
const expandSchedule = expandScheduleFrom;
const rounds = roundsOf;

const PADDING = 0x80000000 | 0;
const MESSAGE_BITS = 36 * 8;

/** Seed-only parts of the compression, computed once per stream. */
export class SeedPrefix {
  /**
   * a..h after round 7. Rounds 0..7 read only message words 0..7, the seed: every block of the stream
   * arrives at round 8 in this state.
   */
  readonly state = new Int32Array(8);
  /**
   * The schedule. Words 0..22 but 8 are fixed: 9..15 are padding, and w[t] for 16 ≤ t ≤ 22 reads
   * w[t-2], w[t-7], w[t-15], w[t-16], never w[8] (t-7 ≤ 15 reaches 8 only from t = 15, t-15 = 8 is t = 23,
   * t-16 = 8 is t = 24, and t-2 ≤ 20 reads only earlier fixed words). compressCounter fills 8 and 23..63.
   */
  readonly w = new Int32Array(64);
  /**
   * The seed-only terms of w[23..37], which read w[t-15] and w[t-16] among the fixed 8..22 words: for
   * 25 ≤ t ≤ 37 σ0(w[t-15]) + w[t-16]; for t = 23 σ1(w[21]) + w[16] + w[7] (its σ0 reads the counter);
   * for t = 24 σ1(w[22]) + w[17] + σ0(w[9]) (its w[t-16] is the counter).
   */
  readonly fold = new Int32Array(38);
  /** Scratch for a block's working variables. */
  readonly working = new Int32Array(8);

  /** `seed`: 32 bytes, message words 0..7 big-endian. */
  constructor(seed: Uint8Array) {
    const w = this.w;
    for (let t = 0; t < 8; t++) {
      const p = t * 4;
      w[t] = (seed[p]! << 24) | (seed[p + 1]! << 16) | (seed[p + 2]! << 8) | seed[p + 3]!;
    }
    w[9] = PADDING;
    w[15] = MESSAGE_BITS;
    for (let t = 16; t < 23; t++) w[t] = scheduleWord(w, t);
    const fold = this.fold;
    fold[23] = (smallSigma1(w[21]!) + w[16]! + w[7]!) | 0;
    fold[24] = (smallSigma1(w[22]!) + w[17]! + smallSigma0(w[9]!)) | 0;
    for (let t = 25; t < 38; t++) fold[t] = (smallSigma0(w[t - 15]!) + w[t - 16]!) | 0;
    this.state.set(IV);
    // Rounds 0..7 read only message words 0..7: the seed.
    rounds(this.state, w, 0, 8);
  }
}

/**
 * The words of block `counter` into `out`: the digest state, IV + the working variables after round 63.
 * The prefix's schedule and round inputs are scratch for words 8 and 23..63.
 */
export function compressCounter(prefix: SeedPrefix, counter: number, out: Uint32Array): void {
  const w = prefix.w;
  const fold = prefix.fold;
  const w8 = counter | 0;
  w[8] = w8;
  w[23] = (fold[23]! + (((w8 >>> 7) | (w8 << 25)) ^ ((w8 >>> 18) | (w8 << 14)) ^ (w8 >>> 3))) | 0;
  w[24] = (fold[24]! + w8) | 0;
  for (let t = 25; t < 38; t++) {
    const y = w[t - 2]!;
    w[t] = ((((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)) + w[t - 7]! + fold[t]!) | 0;
  }
  expandSchedule(w, 38);
  const v = prefix.working;
  v.set(prefix.state);
  rounds(v, w, 8, 64);
  for (let i = 0; i < 8; i++) out[i] = IV[i]! + v[i]!;
}

function scheduleWord(w: Int32Array, t: number): number {
  return (smallSigma1(w[t - 2]!) + w[t - 7]! + smallSigma0(w[t - 15]!) + w[t - 16]!) | 0;
}
