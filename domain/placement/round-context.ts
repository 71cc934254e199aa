// What every round of a season reads (the validated input, its index, the resolved draw parameters) and what
// it writes, as integers: a school round writes per cell (and the rank of each drawn unit), a shared round per
// request. A unit's placement follows from those (ownStatus); outcome objects and the sentences parents read
// are made from them when first asked for (season-outcomes.ts).
import type { DrawRecord } from '../lottery';
import type { PlacementInput } from './placement-types';
import type { ResolvedParams } from './resolve-draw-params';
import type { SeasonIndex } from './season-index';

export const ADMITTED = 1;
export const WAITLISTED = 2;
export const SHARED_ADMITTED = 3;
export const UNPLACED = 4;
/** A shared-round entrant that left the round after its list was committed (input.sharedLeft). */
export const SHARED_LEFT = 5;

export interface SchoolRounds {
  /** Seats a school had left when each cell's tier came: what the tier's reason quotes. */
  readonly seatsBefore: Int32Array;
  /** Per cell with a draw: its record (index into records, else -1) and how many units it admitted. */
  readonly cellRecord: Int32Array;
  readonly cellAdmitted: Int32Array;
  /** Per applicant unit: its 1-based rank in its tier's draw, 0 without a draw. */
  readonly rank: Int32Array;
}

/**
 * A large district's shared round: how many units entered, its record (-1: no spare seat, no draw), and how
 * many of them left it after its list was committed (their seats assigned again down the ranking).
 */
export interface SharedRound {
  readonly entrants: number;
  readonly record: number;
  readonly left: number;
}

export interface SharedRounds {
  /** Per district: its round (index into list), -1 without entrants. */
  readonly roundOf: Int32Array;
  readonly list: SharedRound[];
  /** Per request: its rank in its round (0: the round had no draw; -1: it did not enter), and its school. */
  readonly rank: Int32Array;
  readonly school: Int32Array;
  /**
   * Per slot (applicant units, then requests): SHARED_ADMITTED, UNPLACED or SHARED_LEFT once a round settled
   * it, else 0.
   */
  readonly status: Uint8Array;
}

export interface RoundContext {
  readonly input: PlacementInput;
  readonly index: SeasonIndex;
  readonly params: ResolvedParams;
  /** Per cell: its draw's list hash when the scan of the units took it (scan-in-order.ts). */
  readonly cellHashes: readonly (string | undefined)[];
  /** Published records in draw order. */
  readonly records: DrawRecord[];
  readonly schools: SchoolRounds;
  readonly shared: SharedRounds;
}

export function roundContext(
  input: PlacementInput,
  index: SeasonIndex,
  params: ResolvedParams,
): RoundContext {
  const cells = index.fates.length;
  const requests = index.requests.requestUnits.length;
  return {
    input,
    index,
    params,
    cellHashes: index.units.cellHashes,
    records: [],
    schools: {
      seatsBefore: new Int32Array(cells),
      cellRecord: new Int32Array(cells).fill(-1),
      cellAdmitted: new Int32Array(cells),
      rank: new Int32Array(input.units.length),
    },
    shared: {
      roundOf: new Int32Array(index.frame.districts.length).fill(-1),
      list: [],
      rank: new Int32Array(requests).fill(-1),
      school: new Int32Array(requests).fill(-1),
      status: new Uint8Array(input.units.length + requests),
    },
  };
}

/** ADMITTED or WAITLISTED: how applicant unit u fared at its own school. */
export function ownStatus({ index, schools }: RoundContext, u: number): number {
  const cell = index.units.cells[u]!;
  switch (index.fates[cell]) {
    case 'whole':
      return ADMITTED;
    case 'full':
      return WAITLISTED;
    default:
      return schools.rank[u]! <= schools.cellAdmitted[cell]! ? ADMITTED : WAITLISTED;
  }
}
