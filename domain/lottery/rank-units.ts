// Everything a draw publishes before allocation: the list hash, the commitment, the seed and the ranking.
// School draws and shared-seat rounds rank in exactly the same way.
import { canonicalUnits, commitment, listHash, type CanonicalUnit } from './canonical-list';
import { toHex } from './hex';
import { computeSeed } from './seed';
import { shuffle } from './shuffle';
import { WordStream } from './word-stream';

export interface RankingInput {
  readonly drawId: string;
  readonly units: readonly (readonly string[])[];
  readonly secret: string;
  readonly publicEntropy: string;
}

export interface Ranked {
  readonly listHash: string;
  readonly commitment: string;
  readonly seed: string;
  /** ranking[0] is drawn first. */
  readonly ranking: readonly CanonicalUnit[];
}

export function rankUnits(input: RankingInput): Ranked {
  const sorted = canonicalUnits(input.units);
  const hash = listHash(sorted);
  const seed = computeSeed({
    drawId: input.drawId,
    listHash: hash,
    secret: input.secret,
    publicEntropy: input.publicEntropy,
  });
  return {
    listHash: hash,
    commitment: commitment(input.secret),
    seed: toHex(seed),
    ranking: shuffle(sorted, new WordStream(seed)),
  };
}
