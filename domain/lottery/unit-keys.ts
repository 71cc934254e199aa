// How rankPositions reads a draw's unit keys. A season holds hundreds of thousands of keys; a caller that
// knows their order from its own indices can compare those instead of the strings.
import { byteOrder } from './canonical-list';
import type { Sha256Stream } from './sha256-stream';

export interface UnitKeys {
  readonly length: number;
  /** The canonical key of unit i; all keys distinct. */
  key(i: number): string;
  /** The byte order of key(i) and key(j): negative, 0 or positive. */
  compare(i: number, j: number): number;
  /** Feeds the UTF-8 bytes of key(i) to the list hash. */
  hash(i: number, stream: Sha256Stream): void;
  /**
   * For a caller that hashed the canonical list itself (a season hashes all its lists in one pass over its
   * units): the list's hash, and then key(i) is the i-th key of that list. Undefined otherwise.
   */
  readonly listHash: string | undefined;
}

export function stringKeys(keys: readonly string[]): UnitKeys {
  return {
    length: keys.length,
    key: (i) => keys[i]!,
    compare: (i, j) => byteOrder(keys[i]!, keys[j]!),
    hash: (i, stream) => stream.writeText(keys[i]!),
    listHash: undefined,
  };
}
