import { createHash } from 'node:crypto';
import { keepShape } from '../../domain/lottery/keep-shapes';

/**
 * SHA-256 of the concatenated pieces by node:crypto: the placement's list hashes on the server (a large
 * season's lists run to megabytes). The same bytes as the spec's pure code; node-sha256.test.ts checks it.
 */
export const nodeSha256 = (pieces: readonly Uint8Array[]): Uint8Array => {
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);
  return hash.digest();
};

// node:crypto makes its digests in C++, with a shape of their own the draws compile against (keep-shapes.ts).
keepShape(createHash('sha256').digest());
