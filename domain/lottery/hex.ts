// Lowercase hex, as the spec publishes every hash.

const BYTE_HEX: string[] = [];
for (let i = 0; i < 256; i++) BYTE_HEX.push((i < 16 ? '0' : '') + i.toString(16));

/** Lowercase hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += BYTE_HEX[bytes[i]!]!;
  return hex;
}
