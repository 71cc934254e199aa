// Scratch bytes for a season's scan (scan-in-order.ts): every unit's key end to end, then the draws' lists
// gathered from them and hashed. The next season takes them again: a few megabytes of fresh memory per season
// cost page faults, and count toward the external memory that starts V8's full collections of the whole
// heap, the season's input with it. Placement is synchronous, so two scans never hold the arena at once.

let spare: Uint8Array | null = null;

/** At least `room` bytes: the last season's when they are enough, with whatever it left in them. */
export function takeArena(room: number): Uint8Array {
  const arena = spare !== null && spare.length >= room ? spare : new Uint8Array(room);
  spare = null;
  return arena;
}

/** Hands `arena` to the next scan: nothing may read it after this. */
export function releaseArena(arena: Uint8Array): void {
  spare = arena;
}

/** `arena`, or a larger copy of its first `used` bytes, with room for `room` bytes in all. */
export function arenaWithRoom(arena: Uint8Array, used: number, room: number): Uint8Array {
  if (room <= arena.length) return arena;
  const bigger = new Uint8Array(Math.max(arena.length * 2, room));
  bigger.set(arena.subarray(0, used));
  return bigger;
}
