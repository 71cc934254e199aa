import { arenaWithRoom, release, takeBytes, takeInts } from './scratch';

describe('scratch memory', () => {
  it('is taken again after a release, the smallest buffer that is large enough', () => {
    const large = takeBytes(8192);
    const small = takeInts(256);
    release(large);
    release(small);
    // 1,000 bytes fit the 1,024 of the ints: the large buffer stays for a larger request.
    const again = takeBytes(1000);
    expect(again.buffer).toBe(small.buffer);
    expect(again.length).toBe(1000);
    expect(takeInts(2000).buffer).toBe(large.buffer);
    // Both taken, nothing spare: fresh memory.
    expect(takeBytes(10).buffer).not.toBe(large.buffer);
  });

  it('is given back once, however often it is released', () => {
    const bytes = takeBytes(64);
    release(bytes);
    release(bytes);
    expect(takeBytes(64).buffer).toBe(bytes.buffer);
    expect(takeBytes(64).buffer).not.toBe(bytes.buffer);
  });

  it('grows an arena keeping the bytes in use', () => {
    const arena = takeBytes(4);
    arena.set([1, 2, 3, 4]);
    expect(arenaWithRoom(arena, 4, 4)).toBe(arena);
    const bigger = arenaWithRoom(arena, 3, 5);
    expect(bigger.length).toBeGreaterThanOrEqual(8);
    expect([...bigger.subarray(0, 4)]).toEqual([1, 2, 3, 0]);
  });
});
