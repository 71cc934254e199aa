// Scratch memory of a season's placement, taken and given back: the scan's key bytes and per-unit offsets,
// a shared round's working columns. The next season takes it again. Fresh typed arrays of megabytes each
// season count toward the external memory V8 collects by: about every 16 MB of new buffers cost a scavenge
// (3-4 ms), and what stays, a collection of the whole heap, the season's input with it, every few seasons.
// Placement is synchronous, so nothing taken is in use by two placements at once.

const spare: ArrayBuffer[] = [];
/** A season takes a handful at once; more would only hold memory. */
const MAX_SPARE = 8;

/** `length` bytes, with whatever the last user left in them. */
export function takeBytes(length: number): Uint8Array {
  return new Uint8Array(takeBuffer(length), 0, length);
}

/** `length` 32-bit integers, with whatever the last user left in them. */
export function takeInts(length: number): Int32Array {
  return new Int32Array(takeBuffer(length * 4), 0, length);
}

/** Gives `array`'s memory back for the next user: nothing may read or write it after this. */
export function release(array: Uint8Array | Int32Array): void {
  const buffer = array.buffer;
  if (spare.length < MAX_SPARE && buffer instanceof ArrayBuffer && !spare.includes(buffer))
    spare.push(buffer);
}

/** `arena`, or a larger copy of its first `used` bytes, with room for `room` bytes in all. */
export function arenaWithRoom(arena: Uint8Array, used: number, room: number): Uint8Array {
  if (room <= arena.length) return arena;
  const bigger = new Uint8Array(Math.max(arena.length * 2, room));
  bigger.set(arena.subarray(0, used));
  return bigger;
}

/** The smallest spare buffer of at least `bytes`, else a new one. */
function takeBuffer(bytes: number): ArrayBuffer {
  let best = -1;
  for (let i = 0; i < spare.length; i++) {
    const size = spare[i]!.byteLength;
    if (size >= bytes && (best < 0 || size < spare[best]!.byteLength)) best = i;
  }
  return best < 0 ? new ArrayBuffer(bytes) : spare.splice(best, 1)[0]!;
}
