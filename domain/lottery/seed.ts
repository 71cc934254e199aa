// The seed binds the draw's name, its published list, the operator's committed secret and the entropy drawn in
// front of the observers: no single party can steer it alone.
import { sha256 } from './sha256';
import { encodeUtf8 } from './utf8';

export const LOTTERY_VERSION = 'enroll-lottery/v1';

export interface SeedParts {
  readonly drawId: string;
  readonly listHash: string;
  readonly secret: string;
  readonly publicEntropy: string;
}

/** The 32-byte seed: SHA-256 of `enroll-lottery/v1\n{drawId}\n{listHash}\n{secret}\n{publicEntropy}`. */
export function computeSeed(parts: SeedParts): Uint8Array {
  const text = [LOTTERY_VERSION, parts.drawId, parts.listHash, parts.secret, parts.publicEntropy].join('\n');
  return sha256(encodeUtf8(text));
}
