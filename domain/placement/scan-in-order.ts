// The common case of a season in two forward passes over its units: every unit well formed, its numbers
// strictly increasing across the season (units in application order; distinct without any table), and then
// each draw's canonical list is its units in input order (see the note at the end). Anything else returns
// null, and validate-units.ts checks unit by unit and reports what is wrong.
//
// Reading a unit's numbers waits on memory whenever the reads jump about; walking the input forward, the
// memory system fetches ahead. So the first pass takes the units' cells (school × tier) and sizes, which fix
// the plan: which tiers draw. The second checks every number and feeds the keys of the units that are drawn
// (a quarter of a large season) to their draw's hash stream as they pass: no unit is read a third time.
import { toHex } from '../lottery/hex';
import { Sha256Stream } from '../lottery/sha256-stream';
import { MAX_NUMBER_BYTES, NUMBER_CHARS } from './number-chars';
import type { PlacementInput } from './placement-types';
import { planSchool } from './season-index';

export interface InOrderScan {
  readonly cells: Int32Array;
  readonly sizes: Int32Array;
  /** Per cell: the list hash of its draw, undefined for a cell whose tier does not draw. */
  readonly cellHashes: (string | undefined)[];
}

export function scanInOrder(input: PlacementInput, schools: ReadonlyMap<string, number>): InOrderScan | null {
  const cellsAndSizes = scanCells(input, schools);
  if (!cellsAndSizes) return null;
  const { cells, sizes } = cellsAndSizes;
  const tiers = input.tiers.length;
  const children = new Int32Array(input.schools.length * tiers);
  for (let u = 0; u < cells.length; u++) children[cells[u]!]! += sizes[u]!;
  const streamOf = new Int32Array(children.length).fill(-1);
  const streams: Sha256Stream[] = [];
  input.schools.forEach((school, s) => {
    planSchool(school.seats, children.subarray(s * tiers, (s + 1) * tiers)).forEach((fate, t) => {
      if (fate === 'draw') streamOf[s * tiers + t] = streams.push(new Sha256Stream()) - 1;
    });
  });
  if (!checkNumbers(input, cells, streamOf, streams)) return null;
  const cellHashes = Array.from(streamOf, (k) => (k < 0 ? undefined : toHex(streams[k]!.digest())));
  return { cells, sizes, cellHashes };
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

/**
 * Every number well formed and above the one before it. A number's code units are compared with the
 * previous number's while they are equal (those were checked already); from the first that differs on,
 * each is checked as APPLICATION_NUMBER_PATTERN would. A unit in a cell with a stream (streamOf) has its key
 * fed to it: its members joined with `+` (they increase, so that is the key), keys joined with `\n`.
 */
function checkNumbers(
  input: PlacementInput,
  cells: Int32Array,
  streamOf: Int32Array,
  streams: readonly Sha256Stream[],
): boolean {
  const units = input.units;
  // Locals, not imported bindings, in the loop: a transpiled import is a property read each time.
  const allowed = NUMBER_CHARS;
  const maxBytes = MAX_NUMBER_BYTES;
  const started = new Uint8Array(streams.length);
  let previous = '';
  for (let u = 0; u < units.length; u++) {
    const members = units[u]!.applicationNumbers;
    for (let i = 0; i < members.length; i++) {
      const number = members[i]!;
      if (typeof number !== 'string') return false;
      const length = number.length;
      if (length === 0 || length > maxBytes) return false;
      // Above the previous number: at the first code unit that differs, or longer with it as a prefix.
      const shared = Math.min(length, previous.length);
      let k = 0;
      while (k < shared && number.charCodeAt(k) === previous.charCodeAt(k)) k++;
      if (k === length || (k < shared && number.charCodeAt(k) < previous.charCodeAt(k))) return false;
      for (; k < length; k++) {
        const c = number.charCodeAt(k);
        if (c >= 0x80 || allowed[c] === 0) return false;
      }
      previous = number;
    }
    const d = streamOf[cells[u]!]!;
    if (d < 0) continue;
    const stream = streams[d]!;
    if (started[d] === 1) stream.writeByte(0x0a);
    started[d] = 1;
    for (let i = 0; i < members.length; i++) {
      if (i > 0) stream.writeByte(0x2b);
      stream.writeText(members[i]!);
    }
  }
  return true;
}

/*
 * Why units listed with increasing numbers are in key order: for units u before v, every number of u is below
 * v's first number b, and u's key starts with its first number a < b. Either a and b differ at some byte (a's
 * is lower), or a is a prefix of b, where u's key has `+` or ends and b has a number character: `+` (0x2b)
 * sorts below all of them.
 */
