// SHA-256 (FIPS 180-4) in plain TypeScript. The draw runs unchanged inside the WeChat mini-program, which has
// no WebCrypto, and every observer must get the same bytes. State, message block and schedule live in
// preallocated Uint32Arrays so that hashing allocates nothing per block (a district draw hashes hundreds of
// thousands of blocks).

// Signed views of the constants and the schedule keep every sum in 32-bit integer arithmetic (`| 0`), which
// the JIT compiles to plain adds; unsigned loads would go through doubles. K and IV are exported for the word
// stream's specialised compression (word-stream-block.ts).
export const K = new Int32Array(
  [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ].map((k) => k | 0),
);

export const IV = new Uint32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/** Resets `state` (8 words) to the SHA-256 initial hash value. */
export function resetState(state: Uint32Array): void {
  state.set(IV);
}

/**
 * One compression: folds a 16-word big-endian message `block` into `state`. `w` is 64 words of scratch owned
 * by the caller, so a caller hashing many blocks (the word stream) reuses it instead of allocating; an
 * Int32Array is the fast kind (see K).
 */
export function compress(state: Uint32Array, block: Uint32Array, w: Int32Array | Uint32Array): void {
  for (let t = 0; t < 16; t++) w[t] = block[t]! | 0;
  expandSchedule(w, 16);
  for (let i = 0; i < 8; i++) working[i] = state[i]! | 0;
  rounds(working, w, 0, 64);
  for (let i = 0; i < 8; i++) state[i] = state[i]! + working[i]!;
}

// The working variables of compress(); safe to share because a compression never re-enters.
const working = new Int32Array(8);

/** Schedule words from..63 of `w`, each from the ones before it (FIPS 180-4). */
export function expandSchedule(w: Int32Array | Uint32Array, from: number): void {
  for (let t = from; t < 64; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
  }
}

/**
 * Rounds from..to - 1 (both multiples of 8) on the working variables `v` (a..h, in place) with schedule `w`.
 * Eight rounds per pass with the roles of a..h rotated in the code instead of shifting eight variables every
 * round: the same rounds, in the same order, about a fifth faster.
 */
export function rounds(v: Int32Array, w: Int32Array | Uint32Array, from: number, to: number): void {
  let a = v[0]!;
  let b = v[1]!;
  let c = v[2]!;
  let d = v[3]!;
  let e = v[4]!;
  let f = v[5]!;
  let g = v[6]!;
  let h = v[7]!;
  for (let t = from; t < to; t += 8) {
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
  v[0] = a;
  v[1] = b;
  v[2] = c;
  v[3] = d;
  v[4] = e;
  v[5] = f;
  v[6] = g;
  v[7] = h;
}

/** σ0 and σ1 of the schedule (FIPS 180-4). */
export function smallSigma0(x: number): number {
  return ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
}

export function smallSigma1(x: number): number {
  return ((x >>> 17) | (x << 15)) ^ ((x >>> 19) | (x << 13)) ^ (x >>> 10);
}

/** Σ1 and Σ0 of FIPS 180-4 (small enough for the JIT to inline). */
function sigma1(e: number): number {
  return ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
}

function sigma0(a: number): number {
  return ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
}

// Scratch for sha256(); safe to share because hashing is synchronous and never re-entered.
const state = new Uint32Array(8);
const block = new Uint32Array(16);
const schedule = new Int32Array(64);
const tail = new Uint8Array(128);

function loadBlock(bytes: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const p = offset + i * 4;
    block[i] = (bytes[p]! << 24) | (bytes[p + 1]! << 16) | (bytes[p + 2]! << 8) | bytes[p + 3]!;
  }
}

/** SHA-256 of `bytes`: 32 bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
  resetState(state);
  const length = bytes.length;
  const whole = length - (length % 64);
  for (let offset = 0; offset < whole; offset += 64) {
    loadBlock(bytes, offset);
    compress(state, block, schedule);
  }
  // Padding: the last partial block, 0x80, zeros, then the message length in bits as 64-bit big-endian. Only
  // this tail is copied, never the (possibly megabytes long) message.
  const rest = length - whole;
  tail.fill(0);
  tail.set(bytes.subarray(whole), 0);
  tail[rest] = 0x80;
  const tailLength = rest + 9 <= 64 ? 64 : 128;
  const bits = length * 8;
  writeWord(tail, tailLength - 8, Math.floor(bits / 0x100000000));
  writeWord(tail, tailLength - 4, bits % 0x100000000);
  for (let offset = 0; offset < tailLength; offset += 64) {
    loadBlock(tail, offset);
    compress(state, block, schedule);
  }
  const digest = new Uint8Array(32);
  for (let i = 0; i < 8; i++) writeWord(digest, i * 4, state[i]!);
  return digest;
}

function writeWord(bytes: Uint8Array, offset: number, word: number): void {
  bytes[offset] = word >>> 24;
  bytes[offset + 1] = word >>> 16;
  bytes[offset + 2] = word >>> 8;
  bytes[offset + 3] = word;
}
