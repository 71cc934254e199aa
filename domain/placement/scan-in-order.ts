// The common case of a season in two forward passes over its units: every unit well formed, its numbers
// strictly increasing across the season (units in application order; distinct without any table), and then
// each draw's canonical list is its units in input order (see the note at the end). Anything else returns
// null, and validate-units.ts checks unit by unit and reports what is wrong.
//
// Reading a unit's numbers waits on memory whenever the reads jump about; walking the input forward, the
// memory system fetches ahead. So the first pass takes the units' cells (school × tier) and sizes, which fix
// the plan: which tiers draw. The second checks every number and every opt-in to shared seats, copies the
// keys of the units that are drawn (a quarter of a large season) to their draw's list, hashed afterwards
// from dense bytes, and the keys of opted-in units that may be waitlisted: no unit is read a third time.
import { toHex } from '../lottery/hex';
import { byteLists } from './byte-lists';
import { listSha256 } from './list-sha256';
import type { PlacementInput } from './placement-types';
import { requestColumns, type RequestColumns } from './request-columns';
import { checkNumbers, PLAN_WAITING, PLAN_WHOLE, sharedOnlyNumbers } from './scan-numbers';
import type { SeasonFrame } from './season-frame';
import { planSchool } from './season-index';

export interface InOrderScan {
  readonly cells: Int32Array;
  readonly sizes: Int32Array;
  /** Per cell: the list hash of its draw, undefined for a cell whose tier does not draw. */
  readonly cellHashes: (string | undefined)[];
  /** The opted-in units as shared-seat requests, in unit order (request-columns.ts). */
  readonly optIns: RequestColumns;
  /** What season-index.ts needs, found on the way: see UnitGroups. */
  readonly groups: UnitGroups;
}

/**
 * Children by cell, and the units of the cells that draw, grouped by cell in input order: cell c's are
 * cellUnits[cellStart[c] .. cellStart[c + 1]), an empty range for a cell that does not draw (nothing asks).
 */
export interface UnitGroups {
  readonly children: Int32Array;
  readonly cellStart: Int32Array;
  readonly cellUnits: Int32Array;
  /** The size of each unit in cellUnits, beside it: a draw admitting units reads these, not a season's column. */
  readonly cellSizes: Int32Array;
}

export function scanInOrder(input: PlacementInput, frame: SeasonFrame): InOrderScan | null {
  const cellsAndSizes = scanCells(input, frame.schoolIndex);
  if (!cellsAndSizes) return null;
  const { cells, sizes } = cellsAndSizes;
  const tiers = input.tiers.length;
  const cellCount = input.schools.length * tiers;
  const children = new Int32Array(cellCount);
  const unitCounts = new Int32Array(cellCount);
  for (let u = 0; u < cells.length; u++) {
    children[cells[u]!]! += sizes[u]!;
    unitCounts[cells[u]!]!++;
  }
  // Draws are numbered in cell order, so their units, grouped by draw, are grouped by cell too.
  const cellPlan = new Int32Array(cellCount);
  const cellStart = new Int32Array(cellCount + 1);
  let draws = 0;
  input.schools.forEach((school, s) => {
    planSchool(school.seats, children.subarray(s * tiers, (s + 1) * tiers)).forEach((fate, t) => {
      const c = s * tiers + t;
      cellPlan[c] = fate === 'draw' ? draws++ : fate === 'full' ? PLAN_WAITING : PLAN_WHOLE;
      cellStart[c + 1] = cellStart[c]! + (fate === 'draw' ? unitCounts[c]! : 0);
    });
  });
  const drawn = cellStart[cellCount]!;
  const groups = { children, cellStart, cellUnits: new Int32Array(drawn), cellSizes: new Int32Array(drawn) };
  const fill = new Int32Array(draws);
  for (let c = 0; c < cellCount; c++) if (cellPlan[c]! >= 0) fill[cellPlan[c]!] = cellStart[c]!;
  // About a dozen bytes a key; the lists grow past that.
  const lists = byteLists(draws, drawn * 16);
  // About a third of the units opt in; the columns grow past that.
  const optIns = requestColumns((cells.length >> 2) + (cells.length >> 3));
  const claimed = sharedOnlyNumbers(input);
  const drawUnits = { cellUnits: groups.cellUnits, cellSizes: groups.cellSizes, fill };
  const ok = checkNumbers(input, frame, cells, cellPlan, lists, drawUnits, optIns, claimed);
  const sha256 = listSha256(input);
  const cellHashes = ok
    ? Array.from(cellPlan, (k) => (k < 0 ? undefined : toHex(sha256(lists.pieces(k)))))
    : [];
  lists.release();
  if (!ok) return null;
  return { cells, sizes, cellHashes, optIns, groups };
}

/** Each unit's cell and size; null at the first unit that is not a non-empty list at a known school and tier. */
function scanCells(
  input: PlacementInput,
  schools: ReadonlyMap<string, number>,
): { cells: Int32Array; sizes: Int32Array } | null {
  const units = input.units;
  const tierList = input.tiers;
  const n = units.length;
  const cells = new Int32Array(n);
  const sizes = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const unit = units[u]!;
    const members = unit.applicationNumbers;
    if (!Array.isArray(members) || members.length === 0) return null;
    const s = schools.get(unit.schoolId);
    // A season has a handful of tiers: comparing beats hashing.
    let t = 0;
    while (t < tierList.length && tierList[t] !== unit.tier) t++;
    if (s === undefined || t === tierList.length) return null;
    cells[u] = s * tierList.length + t;
    sizes[u] = members.length;
  }
  return { cells, sizes };
}

/*
 * Why units listed with increasing numbers are in key order: for units u before v, every number of u is below
 * v's first number b, and u's key starts with its first number a < b. Either a and b differ at some byte (a's
 * is lower), or a is a prefix of b, where u's key has `+` or ends and b has a number character: `+` (0x2b)
 * sorts below all of them.
 */
