// Lowercase hex, as the spec publishes every hash.

const BYTE_HEX: string[] = [];
for (let i = 0; i < 256; i++) BYTE_HEX.push((i < 16 ? '0' : '') + i.toString(16));

/**
 * Lowercase hex of `bytes`. Joined, not appended pair by pair: `+=` builds a rope of one node per byte, which
 * a record keeps as long as it keeps the hash (a season's records hold hundreds of them).
 */
export function toHex(bytes: Uint8Array): string {
  const pairs: string[] = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) pairs[i] = BYTE_HEX[bytes[i]!]!;
  return pairs.join('');
}
