import { arenaWithRoom, releaseArena, takeArena } from './key-arena';

describe('the scan arena', () => {
  it('is taken again after a release when it is large enough, and only then', () => {
    const first = takeArena(4096);
    releaseArena(first);
    expect(takeArena(1024)).toBe(first);
    // Taken, not released: the next scan gets fresh bytes.
    expect(takeArena(1024)).not.toBe(first);
    releaseArena(first);
    expect(takeArena(8192)).not.toBe(first);
  });

  it('grows keeping the bytes in use', () => {
    const arena = takeArena(4);
    arena.set([1, 2, 3, 4]);
    expect(arenaWithRoom(arena, 4, 4)).toBe(arena);
    const bigger = arenaWithRoom(arena, 3, 5);
    expect(bigger.length).toBeGreaterThanOrEqual(8);
    expect([...bigger.subarray(0, 4)]).toEqual([1, 2, 3, 0]);
  });
});
