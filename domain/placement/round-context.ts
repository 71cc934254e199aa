// What every round of a season reads (the validated input, its index, the resolved draw parameters) and what
// it writes: each unit's placement as columns, by slot (applicant units first, then shared-only requests).
// Integers only: the outcome objects and the sentences parents read are made from them when first asked for.
import type { DrawRecord } from '../lottery';
import type { PlacementInput, PlacementStatus } from './placement-types';
import type { ResolvedParams } from './resolve-draw-params';
import type { SeasonIndex } from './season-index';

/** Status codes in the `status` column; 0: no placement (a slot no round reached). */
export const ADMITTED = 1;
export const WAITLISTED = 2;
export const SHARED_ADMITTED = 3;
export const UNPLACED = 4;
export const STATUS_NAMES: readonly PlacementStatus[] = [
  'unplaced',
  'admitted',
  'waitlisted',
  'shared_admitted',
  'unplaced',
];

export interface Placements {
  readonly status: Uint8Array;
  /** School index, -1 for none. */
  readonly school: Int32Array;
  /** 1-based rank in the draw `draw` (an index into the records), 0 and -1 when no draw placed the unit. */
  readonly rank: Int32Array;
  readonly draw: Int32Array;
  /** The shared round the unit entered (index into rounds) and its rank there; -1 and 0 if none. */
  readonly sharedRound: Int32Array;
  readonly sharedRank: Int32Array;
}

export function placements(slots: number): Placements {
  return {
    status: new Uint8Array(slots),
    school: new Int32Array(slots).fill(-1),
    rank: new Int32Array(slots),
    draw: new Int32Array(slots).fill(-1),
    sharedRound: new Int32Array(slots).fill(-1),
    sharedRank: new Int32Array(slots),
  };
}

/** A large district's shared round: how many units entered, and its record (-1: no spare seat, no draw). */
export interface SharedRound {
  readonly entrants: number;
  readonly record: number;
}

export interface RoundContext {
  readonly input: PlacementInput;
  readonly index: SeasonIndex;
  readonly params: ResolvedParams;
  readonly placed: Placements;
  /** Published records in draw order; `draw` columns point into it. */
  readonly records: DrawRecord[];
  /** Seats a school had left when each cell's tier came: what the tier's reason quotes. */
  readonly seatsBefore: Int32Array;
  readonly rounds: SharedRound[];
}
