// Byte lists, one per school draw: the canonical lists a season's scan copies while it reads the units'
// numbers anyway (scan-in-order.ts). Hashed afterwards from dense buffers, by node:crypto on the server when
// the caller passes it (PlacementInput.sha256), which a list of megabytes is worth.

/** Room a list takes at a time; a key never spans two chunks. */
const CHUNK = 2048;

/**
 * The arena of the last lists, taken again by the next: the lists are scratch (hashed before the scan returns,
 * never referenced after it), and a season's megabyte of fresh memory each time costs page faults and counts
 * toward the external memory that starts V8's full collections of the whole heap, the season's input with it.
 * Placement is synchronous, so two sets of lists are never alive at once.
 */
let spareArena: Uint8Array | null = null;

/**
 * Byte lists in one arena: each list is a chain of chunks taken from the arena's top as it fills, so a few
 * hundred growing lists cost neither as many growing buffers nor copies.
 * Offsets stay valid when the arena itself grows (it is copied whole).
 */
export interface ByteLists {
  /** The arena; replaced when it grows, so take it from reserve(). */
  readonly bytes: Uint8Array;
  /** Where list k writes next. */
  readonly at: Int32Array;
  /** Makes room for `more` bytes at list k's write position; returns the arena to write them to. */
  reserve(k: number, more: number): Uint8Array;
  /** List k as pieces of the arena, in order. */
  pieces(k: number): Uint8Array[];
  /** Hands the arena to the next lists: no piece may be read after this. */
  release(): void;
}

/**
 * `expected`: about how many bytes all lists will hold. A plain object rather than a class: V8 settles a
 * class's object layout only after several instances, and a season makes one, so code compiled for the
 * early layout would be thrown away run after run.
 */
export function byteLists(count: number, expected: number): ByteLists {
  const room = Math.max(expected, CHUNK);
  const arena = spareArena !== null && spareArena.length >= room ? spareArena : new Uint8Array(room);
  spareArena = null;
  let top = 0;
  const at = new Int32Array(count);
  /** List k's current chunk is [start[k], end[k]) (end 0: none yet); its earlier ones are in done[k]. */
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const done: number[][] = Array.from({ length: count }, () => []);
  const lists = {
    bytes: arena,
    at,
    reserve(k: number, more: number): Uint8Array {
      if (at[k]! + more <= end[k]!) return lists.bytes;
      if (end[k]! > 0) done[k]!.push(start[k]!, at[k]!);
      const size = Math.max(CHUNK, more);
      if (top + size > lists.bytes.length) {
        const bigger = new Uint8Array(Math.max(lists.bytes.length * 2, top + size));
        bigger.set(lists.bytes);
        lists.bytes = bigger;
      }
      start[k] = at[k] = top;
      top += size;
      end[k] = top;
      return lists.bytes;
    },
    release(): void {
      spareArena = lists.bytes;
    },
    pieces(k: number): Uint8Array[] {
      const ranges = [...done[k]!, start[k]!, at[k]!];
      const pieces: Uint8Array[] = [];
      for (let i = 0; i < ranges.length; i += 2) pieces.push(lists.bytes.subarray(ranges[i], ranges[i + 1]));
      return pieces;
    },
  };
  return lists;
}
