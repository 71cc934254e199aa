// SHA-256 of one word-stream block, seed ‖ k, specialised to its single padded message block. Message words
// 0..7 are the seed, fixed for the stream; word 8 is the counter k; words 9..15 are the padding 0x80000000,
// five zeros and the bit length 288. Whatever depends only on the seed and the padding is computed once per
// stream (SeedPrefix); per block only what the counter reaches is left. Every step is the FIPS 180-4 one
// with constant parts added up beforehand: the words are those of the generic sha256(), bit for bit.
import { IV as SHA256_IV, K as SHA256_K } from './sha256';

// Imported bindings used per block, copied to module constants (see word-stream.ts).
const K = SHA256_K;
const IV = SHA256_IV;

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
    firstRounds(this.state, w);
  }
}

/** Rounds 0..7 on the state `s` (a..h), one round at a time: this runs once per stream. */
function firstRounds(s: Int32Array, w: Int32Array): void {
  for (let t = 0; t < 8; t++) {
    const [a, b, c, , e, f, g, h] = [s[0]!, s[1]!, s[2]!, s[3]!, s[4]!, s[5]!, s[6]!, s[7]!];
    const t1 = (h + sigma1(e) + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
    const t2 = (sigma0(a) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    // h ← g, g ← f, …, b ← a; then e ← d + t1 and a ← t1 + t2.
    s.copyWithin(1, 0, 7);
    s[4] = (s[4]! + t1) | 0;
    s[0] = (t1 + t2) | 0;
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
  for (let t = 38; t < 64; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
  }

  const s = prefix.state;
  let a = s[0]!;
  let b = s[1]!;
  let c = s[2]!;
  let d = s[3]!;
  let e = s[4]!;
  let f = s[5]!;
  let g = s[6]!;
  let h = s[7]!;
  // Rounds 8..63 are seven passes of eight, the roles of a..h rotated in the code as in sha256.ts compress.
  for (let t = 8; t < 64; t += 8) {
    let t1 = (h + sigma1(e) + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
    d = (d + t1) | 0;
    h = (t1 + sigma0(a) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    t1 = (g + sigma1(d) + ((d & e) ^ (~d & f)) + K[t + 1]! + w[t + 1]!) | 0;
    c = (c + t1) | 0;
    g = (t1 + sigma0(h) + ((h & a) ^ (h & b) ^ (a & b))) | 0;
    t1 = (f + sigma1(c) + ((c & d) ^ (~c & e)) + K[t + 2]! + w[t + 2]!) | 0;
    b = (b + t1) | 0;
    f = (t1 + sigma0(g) + ((g & h) ^ (g & a) ^ (h & a))) | 0;
    t1 = (e + sigma1(b) + ((b & c) ^ (~b & d)) + K[t + 3]! + w[t + 3]!) | 0;
    a = (a + t1) | 0;
    e = (t1 + sigma0(f) + ((f & g) ^ (f & h) ^ (g & h))) | 0;
    t1 = (d + sigma1(a) + ((a & b) ^ (~a & c)) + K[t + 4]! + w[t + 4]!) | 0;
    h = (h + t1) | 0;
    d = (t1 + sigma0(e) + ((e & f) ^ (e & g) ^ (f & g))) | 0;
    t1 = (c + sigma1(h) + ((h & a) ^ (~h & b)) + K[t + 5]! + w[t + 5]!) | 0;
    g = (g + t1) | 0;
    c = (t1 + sigma0(d) + ((d & e) ^ (d & f) ^ (e & f))) | 0;
    t1 = (b + sigma1(g) + ((g & h) ^ (~g & a)) + K[t + 6]! + w[t + 6]!) | 0;
    f = (f + t1) | 0;
    b = (t1 + sigma0(c) + ((c & d) ^ (c & e) ^ (d & e))) | 0;
    t1 = (a + sigma1(f) + ((f & g) ^ (~f & h)) + K[t + 7]! + w[t + 7]!) | 0;
    e = (e + t1) | 0;
    a = (t1 + sigma0(b) + ((b & c) ^ (b & d) ^ (c & d))) | 0;
  }
  out[0] = IV[0]! + a;
  out[1] = IV[1]! + b;
  out[2] = IV[2]! + c;
  out[3] = IV[3]! + d;
  out[4] = IV[4]! + e;
  out[5] = IV[5]! + f;
  out[6] = IV[6]! + g;
  out[7] = IV[7]! + h;
}

function scheduleWord(w: Int32Array, t: number): number {
  return (smallSigma1(w[t - 2]!) + w[t - 7]! + smallSigma0(w[t - 15]!) + w[t - 16]!) | 0;
}

/** σ0 and σ1 of the schedule, Σ0 and Σ1 of the rounds (FIPS 180-4). */
function smallSigma0(x: number): number {
  return ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
}

function smallSigma1(x: number): number {
  return ((x >>> 17) | (x << 15)) ^ ((x >>> 19) | (x << 13)) ^ (x >>> 10);
}

function sigma0(a: number): number {
  return ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
}

function sigma1(e: number): number {
  return ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
}
