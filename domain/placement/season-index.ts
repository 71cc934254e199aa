// Which tier of a school needs a draw depends only on head counts, never on chance: the plan is computed
// once, before any draw, so validation can demand the secrets of exactly the draws that will run.
import type { PlacementInput } from './placement-types';
import type { UnitGroups } from './scan-in-order';
import type { CheckedSeason } from './validate-placement';

/** How a tier fares at one school. `draw`: the first tier that does not fit; after it everyone waits. */
export type TierFate = 'whole' | 'draw' | 'full';

export interface SeasonIndex extends CheckedSeason {
  /**
   * Applicant units grouped by school × tier cell (`school * tiers + tier`), in input order within a cell:
   * cell c holds cellUnits[cellStart[c] .. cellStart[c + 1]). Only cells that draw are read (and a season
   * in order groups only those).
   */
  readonly cellStart: Int32Array;
  readonly cellUnits: Int32Array;
  /** Each grouped unit's size, at its place in cellUnits. */
  readonly cellSizes: Int32Array;
  /** Children (not units) by cell. */
  readonly children: Int32Array;
  readonly fates: readonly TierFate[];
}

export function indexSeason(input: PlacementInput, checked: CheckedSeason): SeasonIndex {
  const tiers = input.tiers.length;
  // The scan of a season in order grouped the units already (only those of cells that draw are read).
  const { children, cellStart, cellUnits, cellSizes } = checked.units.groups ?? groupUnits(input, checked);
  const fates = input.schools.flatMap((school, s) =>
    planSchool(school.seats, children.subarray(s * tiers, (s + 1) * tiers)),
  );
  // A literal, not `{ ...checked, ... }`: V8 gives a spread copy a new hidden class on every call, so each
  // season deoptimised every round function that reads the index, run after run.
  const { frame, units, requests } = checked;
  return { frame, units, requests, cellStart, cellUnits, cellSizes, children, fates };
}

/** A counting sort of all units by cell: two passes over integers instead of 900 growing arrays. */
function groupUnits(input: PlacementInput, checked: CheckedSeason): UnitGroups {
  const { cells, sizes } = checked.units;
  const cellCount = input.schools.length * input.tiers.length;
  const cellStart = new Int32Array(cellCount + 1);
  const children = new Int32Array(cellCount);
  for (let u = 0; u < cells.length; u++) {
    cellStart[cells[u]! + 1]!++;
    children[cells[u]!]! += sizes[u]!;
  }
  for (let c = 0; c < cellCount; c++) cellStart[c + 1]! += cellStart[c]!;
  const cellUnits = new Int32Array(cells.length);
  const cellSizes = new Int32Array(cells.length);
  const fill = cellStart.slice(0, cellCount);
  for (let u = 0; u < cells.length; u++) {
    cellSizes[fill[cells[u]!]!] = sizes[u]!;
    cellUnits[fill[cells[u]!]!++] = u;
  }
  return { children, cellStart, cellUnits, cellSizes };
}

/**
 * Tiers that fit are admitted whole; the first that does not is drawn for the seats left. With no seat left
 * at all nothing is drawn: a lottery for zero seats would decide nothing.
 */
export function planSchool(seats: number, children: ArrayLike<number>): TierFate[] {
  let remaining = seats;
  let open = true;
  return Array.from(children, (count): TierFate => {
    if (!open) return 'full';
    if (count <= remaining) {
      remaining -= count;
      return 'whole';
    }
    open = false;
    return remaining > 0 ? 'draw' : 'full';
  });
}
