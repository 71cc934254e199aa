import { sha256 } from '../../domain/lottery';
import { placeSeason } from '../../domain/placement';
import { syntheticSeason } from '../../bench/lottery-season';
import { nodeSha256 } from './node-sha256';

describe('nodeSha256', () => {
  it('gives the spec’s SHA-256 of the concatenated pieces, for any split', () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + (i >> 3)) & 0xff);
    for (const cuts of [[], [0], [1, 63, 64, 65], [55, 56, 57, 119, 120], [4999], [17, 2048, 4000]]) {
      const ends = [0, ...cuts, bytes.length];
      const pieces = ends.slice(1).map((end, i) => bytes.subarray(ends[i], end));
      expect(Buffer.from(nodeSha256(pieces)).toString('hex')).toBe(
        Buffer.from(sha256(bytes)).toString('hex'),
      );
    }
    expect(Buffer.from(nodeSha256([])).toString('hex')).toBe(
      Buffer.from(sha256(new Uint8Array(0))).toString('hex'),
    );
  });

  it('places a season exactly as the spec’s own hashing does', () => {
    const input = syntheticSeason(20_000, 7);
    const { sha256: _native, ...pure } = input;
    const withNode = placeSeason(input);
    const withSpec = placeSeason(pure);
    expect(withNode.ok && withSpec.ok).toBe(true);
    expect(JSON.stringify(withNode)).toBe(JSON.stringify(withSpec));
  });
});
