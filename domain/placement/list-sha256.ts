// The SHA-256 a season's canonical lists are hashed with: the caller's (node:crypto on the server, a list of
// megabytes is worth it) or the spec's own code. Lists are handed over as dense bytes, in pieces.
import { Sha256Stream } from '../lottery/sha256-stream';
import type { PlacementInput } from './placement-types';

export function listSha256(input: PlacementInput): (pieces: readonly Uint8Array[]) => Uint8Array {
  return input.sha256 ?? hashPieces;
}

function hashPieces(pieces: readonly Uint8Array[]): Uint8Array {
  const stream = new Sha256Stream();
  for (const piece of pieces) stream.writeBytes(piece);
  return stream.digest();
}
