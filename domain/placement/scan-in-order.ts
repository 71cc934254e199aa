// The common case of a season in one forward pass over its units: every unit well formed, its numbers
// strictly increasing across the season (units in application order; distinct without any table), and then
// each draw's canonical list is its units in input order (see the note at the end). Anything else returns
// null, and validate-units.ts checks unit by unit and reports what is wrong.
//
// Reading a unit waits on memory whenever the reads jump about; walking the input forward, the memory system
// fetches ahead, and a second walk pays for every unit again (40 MB of objects fit no cache). So the pass
// (scan-units.ts) reads each unit once and keeps what later steps need as integers and bytes: its cell, its
// size, its key. Which tiers draw is known only after it; the draws' lists and the keys of the opt-ins that
// may be waitlisted are then gathered from those bytes, and no unit is read again.
import { toHex } from '../lottery/hex';
import { arenaWithRoom, release, takeBytes } from './scratch';
import { listSha256 } from './list-sha256';
import type { PlacementInput } from './placement-types';
import { addKeyBytes, requestColumns, type RequestColumns } from './request-columns';
import { scanUnits, sharedOnlyNumbers, type UnitScan } from './scan-units';
import type { SeasonFrame } from './season-frame';
import { planSchool, type TierFate } from './season-index';

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
  const n = input.units.length;
  // About a dozen bytes a key, and the draws' lists after them; the arena grows past that.
  const arena = takeBytes(n * 32);
  // About a third of the units opt in; the columns grow past that.
  const optIns = requestColumns((n >> 2) + (n >> 3));
  const scan = scanUnits(input, frame, arena, optIns, sharedOnlyNumbers(input));
  if (!scan) {
    release(arena);
    return null;
  }
  const { cells, sizes, children, unitCounts } = scan;
  const tiers = input.tiers.length;
  const cellCount = input.schools.length * tiers;
  const cellPlan = new Int32Array(cellCount);
  const cellStart = new Int32Array(cellCount + 1);
  input.schools.forEach((school, s) => {
    planSchool(school.seats, children.subarray(s * tiers, (s + 1) * tiers)).forEach((fate, t) => {
      const c = s * tiers + t;
      cellPlan[c] = PLAN[fate];
      cellStart[c + 1] = cellStart[c]! + (fate === 'draw' ? unitCounts[c]! : 0);
    });
  });
  copyWaitingKeys(optIns, scan, cellPlan);
  const { groups, lists } = gatherDraws(scan, cellPlan, cellStart, children);
  const sha256 = listSha256(input);
  const cellHashes = Array.from(cellPlan, (plan, c) =>
    plan !== DRAW ? undefined : toHex(sha256([lists.bytes.subarray(lists.start[c], lists.end[c])])),
  );
  release(lists.bytes);
  release(scan.keyBounds);
  return { cells, sizes, cellHashes, optIns, groups };
}

/** Each cell's fate as an integer, for the sweeps over units after the pass. */
const WHOLE = 0;
const DRAW = 1;
const PLAN: Record<TierFate, number> = { whole: WHOLE, draw: DRAW, full: 2 };

/**
 * The units of the cells that draw, grouped by cell in input order, each with its size beside it; and each
 * draw's canonical list, its units' keys joined with `\n`, cell c's at bytes[start[c] .. end[c]), after the
 * season's keys in the arena (which may grow for them). One forward sweep: a draw's units lie all over the
 * season, and its keys are read where the pass wrote them, in order, not gathered draw by draw.
 */
function gatherDraws(
  { cells, sizes, bytes: keys, keyBounds, cellKeyBytes }: UnitScan,
  cellPlan: Int32Array,
  cellStart: Int32Array,
  children: Int32Array,
): { groups: UnitGroups; lists: { bytes: Uint8Array; start: Int32Array; end: Int32Array } } {
  const cellCount = cellPlan.length;
  const drawn = cellStart[cellCount]!;
  const cellUnits = new Int32Array(drawn);
  const cellSizes = new Int32Array(drawn);
  const fill = cellStart.slice(0, cellCount);
  const used = keyBounds[cells.length]!;
  const start = new Int32Array(cellCount);
  let room = used;
  for (let c = 0; c < cellCount; c++) {
    start[c] = room;
    // Its keys and a separator between two.
    if (cellPlan[c] === DRAW) room += cellKeyBytes[c]! + Math.max(0, cellStart[c + 1]! - cellStart[c]! - 1);
  }
  const bytes = arenaWithRoom(keys, used, room);
  const end = start.slice();
  for (let u = 0; u < cells.length; u++) {
    const c = cells[u]!;
    if (cellPlan[c] !== DRAW) continue;
    cellSizes[fill[c]!] = sizes[u]!;
    cellUnits[fill[c]!++] = u;
    let at = end[c]!;
    if (at > start[c]!) bytes[at++] = 0x0a;
    const last = keyBounds[u + 1]!;
    for (let b = keyBounds[u]!; b < last; b++) bytes[at++] = bytes[b]!;
    end[c] = at;
  }
  return { groups: { children, cellStart, cellUnits, cellSizes }, lists: { bytes, start, end } };
}

/** The keys of the opted-in units that may be waitlisted (their tier draws or is full), for the shared round. */
function copyWaitingKeys(
  optIns: RequestColumns,
  { cells, bytes, keyBounds }: UnitScan,
  cellPlan: Int32Array,
): void {
  for (let r = 0; r < optIns.count; r++) {
    const u = optIns.units[r]!;
    if (cellPlan[cells[u]!] === WHOLE) continue;
    addKeyBytes(optIns, r, bytes, keyBounds[u]!, keyBounds[u + 1]!);
  }
}

/*
 * Why units listed with increasing numbers are in key order: for units u before v, every number of u is below
 * v's first number b, and u's key starts with its first number a < b. Either a and b differ at some byte (a's
 * is lower), or a is a prefix of b, where u's key has `+` or ends and b has a number character: `+` (0x2b)
 * sorts below all of them.
 */
