// rankUnits on positions, for callers that hold many units as indices (a season's placement): the same
// canonical list, seed and Fisher–Yates calls, so the same ranking, without a CanonicalUnit per unit.
import { toHex } from './hex';
import { computeSeed } from './seed';
import { Sha256Stream } from './sha256-stream';
import type { UnitKeys } from './unit-keys';
import { WordStream } from './word-stream';

export interface DrawNames {
  readonly drawId: string;
  readonly secret: string;
  readonly publicEntropy: string;
}

export interface RankedPositions {
  readonly listHash: string;
  readonly seed: Uint8Array;
  /** Positions in the caller's `keys`, order[0] drawn first. */
  readonly order: Int32Array;
}

/**
 * Units usually come in key order: one pass checks that before paying for a sort. A caller that hashed the
 * canonical list itself (keys.listHash) has them in that order by its word, and nothing is compared.
 */
export function rankPositions(names: DrawNames, keys: UnitKeys): RankedPositions {
  const n = keys.length;
  const sorted = new Int32Array(n);
  for (let i = 0; i < n; i++) sorted[i] = i;
  const listHash = keys.listHash ?? hashList(keys, sorted);
  // The four fields by name, not `{ ...names, listHash }`: V8 may give a spread copy a new hidden class per call
  // (it did for the season index), and computeSeed would go megamorphic.
  const { drawId, secret, publicEntropy } = names;
  const seed = computeSeed({ drawId, listHash, secret, publicEntropy });
  // Fisher–Yates over the canonical list, as shuffle() does: the spec fixes the order of uniform() calls.
  const words = new WordStream(seed);
  for (let i = n - 1; i >= 1; i--) {
    const j = words.below(i + 1);
    const swap = sorted[i]!;
    sorted[i] = sorted[j]!;
    sorted[j] = swap;
  }
  return { listHash, seed, order: sorted };
}

/** Sorts `sorted` (positions) into key order if they are not in it, and hashes the canonical list. */
function hashList(keys: UnitKeys, sorted: Int32Array): string {
  const n = sorted.length;
  let inOrder = true;
  for (let i = 1; i < n && inOrder; i++) if (keys.compare(i - 1, i) >= 0) inOrder = false;
  if (!inOrder) sorted.sort((a, b) => keys.compare(a, b));
  const stream = new Sha256Stream();
  for (let i = 0; i < n; i++) {
    if (i > 0) stream.writeByte(0x0a);
    keys.hash(sorted[i]!, stream);
  }
  return toHex(stream.digest());
}
