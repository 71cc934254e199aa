// How rankPositions reads a draw's unit keys. A season holds hundreds of thousands of keys; a caller that has
// them as bytes, or knows their order from its own indices, can say so instead of handing over strings.
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
   * The canonical list's bytes (in pieces), for a caller that holds them: then the keys are in canonical
   * order already (key(i) is the i-th key of the list), and the list is hashed as it is.
   */
  readonly list: (() => readonly Uint8Array[]) | undefined;
}

export function stringKeys(keys: readonly string[]): UnitKeys {
  return {
    length: keys.length,
    key: (i) => keys[i]!,
    compare: (i, j) => byteOrder(keys[i]!, keys[j]!),
    hash: (i, stream) => stream.writeText(keys[i]!),
    list: undefined,
  };
}
