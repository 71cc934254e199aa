// Applicant units: every application number well formed and used once in the whole season, every unit
// pointing at a known school and tier. Bound twins share one school and one tier by construction.
// Plain loops that allocate nothing for a valid number: a season has 300,000 of them.
import { canonicalUnit } from '../lottery/canonical-list';
import { APPLICATION_NUMBER_PATTERN } from '../lottery/validate-draw-input';
import { problem } from './placement-problem';
import type { PlacementInput, PlacementProblem } from './placement-types';
import { NumberTable, sortedNumbers } from './number-table';
import { byteLists, MAX_NUMBER_BYTES, NUMBER_CHARS, type ByteLists } from './byte-lists';
import type { SeasonFrame } from './season-frame';

/** Application number → index of its applicant unit; the shared-seat checks reuse it. */
export interface NumberOwners {
  get(number: string): number | undefined;
}

export interface CheckedUnits {
  readonly problems: PlacementProblem[];
  readonly owners: NumberOwners;
  /** Each unit's school × tier cell (`school * tiers + tier`), -1 where either is unknown. */
  readonly cells: Int32Array;
  /** Children in each unit (0 where its numbers are not a list). */
  readonly sizes: Int32Array;
  /**
   * When the season lists its numbers in increasing order (the common case): unit order is key order, and
   * each cell's canonical list is already written as bytes (its keys in unit order, joined with `\n`).
   */
  readonly cellLists: ByteLists | null;
  /** The spec's key of each unit when the numbers are not in order (and there is no problem); [] otherwise. */
  readonly keys: readonly string[];
}

export function validateUnits(input: PlacementInput, frame: SeasonFrame): CheckedUnits {
  const { schoolIndex, tierIndex } = frame;
  return validInOrder(input, schoolIndex) ?? checkEach(input, schoolIndex, tierIndex);
}

/** The spec's unit key, without building a CanonicalUnit for the common single child. */
export function unitKey(numbers: readonly string[]): string {
  return numbers.length === 1 ? numbers[0]! : canonicalUnit(numbers).key;
}

/**
 * The common case in one tight pass: every unit well formed and its numbers strictly increasing across the
 * season (units in application order), which makes them distinct without any table. Each number's bytes are
 * checked (as APPLICATION_NUMBER_PATTERN would) while they are copied into its cell's list. Anything else
 * returns null, and checkEach finds and reports it.
 */
function validInOrder(input: PlacementInput, schools: ReadonlyMap<string, number>): CheckedUnits | null {
  const units = input.units;
  const tierList = input.tiers;
  // Locals, not imported bindings, in the loop: a transpiled import is a property read each time.
  const allowed = NUMBER_CHARS;
  const maxBytes = MAX_NUMBER_BYTES;
  const n = units.length;
  const cells = new Int32Array(n);
  const sizes = new Int32Array(n);
  // About a dozen bytes a unit; the lists grow past that if need be.
  const cellLists = byteLists(input.schools.length * input.tiers.length, n * 16);
  const listed = new Int32Array(input.schools.length * input.tiers.length);
  // Room for a twin every 16 units; grown (doubled) past that. `numbers` is cut to `count` at the end: sized
  // for one number a unit, as it was, V8 copied all 300,000 entries to grow it for the twins.
  const room = n + (n >> 4) + 1;
  const numbers = new Array<string>(room);
  let owners: Int32Array = new Int32Array(room);
  let count = 0;
  let previous = '';
  for (let u = 0; u < n; u++) {
    const unit = units[u]!;
    const members = unit.applicationNumbers;
    if (!Array.isArray(members) || members.length === 0) return null;
    const s = schools.get(unit.schoolId);
    // A season has a handful of tiers: comparing beats hashing.
    let t = 0;
    while (t < tierList.length && tierList[t] !== unit.tier) t++;
    if (s === undefined || t === tierList.length) return null;
    const cell = s * tierList.length + t;
    const list = cellLists.reserve(cell, members.length * (maxBytes + 1));
    let at = cellLists.at[cell]!;
    if (listed[cell]! > 0) list[at++] = 0x0a; // keys joined with '\n'
    listed[cell]!++;
    for (let i = 0; i < members.length; i++) {
      const number = members[i]!;
      if (typeof number !== 'string') return null;
      const length = number.length;
      if (length === 0 || length > maxBytes) return null;
      if (i > 0) list[at++] = 0x2b; // '+': members increase, so the unit's key is their join
      for (let k = 0; k < length; k++) {
        const c = number.charCodeAt(k);
        if (c >= 0x80 || allowed[c] === 0) return null;
        list[at++] = c;
      }
      // '' sorts before every valid number, so the first one passes.
      if (!(previous < number)) return null;
      previous = number;
      if (count === owners.length) owners = grown(owners, count + 1);
      numbers[count] = number;
      owners[count++] = u;
    }
    cellLists.at[cell] = at;
    cells[u] = cell;
    sizes[u] = members.length;
  }
  numbers.length = count;
  const owned = sortedNumbers(numbers, owners);
  return { problems: [], owners: owned, cells, sizes, cellLists, keys: [] };
}

function grown(array: Int32Array, needed: number): Int32Array<ArrayBuffer> {
  let length = array.length * 2;
  while (length < needed) length *= 2;
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}

function checkEach(
  input: PlacementInput,
  schools: ReadonlyMap<string, number>,
  tiers: ReadonlyMap<string, number>,
): CheckedUnits {
  const units = input.units;
  // Most units are one child: a little headroom for twins, and the table grows if a season has more.
  const owners = new NumberTable(units.length + (units.length >> 4));
  const cells = new Int32Array(units.length);
  const sizes = new Int32Array(units.length);
  const problems: PlacementProblem[] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const numbers = unit.applicationNumbers;
    if (Array.isArray(numbers)) sizes[u] = numbers.length;
    if (!Array.isArray(numbers) || numbers.length === 0) {
      problems.push(
        problem(
          'empty_unit',
          `units[${u}].applicationNumbers`,
          '报名单元须含至少一个报名号',
          'a unit needs at least one application number',
        ),
      );
    } else {
      for (let i = 0; i < numbers.length; i++) checkNumber(input, numbers[i]!, u, i, owners, problems);
    }
    const s = schools.get(unit.schoolId);
    const t = tiers.get(unit.tier);
    cells[u] = s === undefined || t === undefined ? -1 : s * input.tiers.length + t;
    if (s === undefined) {
      problems.push(
        problem(
          'unknown_school',
          `units[${u}].schoolId`,
          `学校 ${String(unit.schoolId)} 不存在`,
          `school ${String(unit.schoolId)} does not exist`,
        ),
      );
    }
    if (t === undefined) {
      problems.push(
        problem(
          'unknown_tier',
          `units[${u}].tier`,
          `类别 ${String(unit.tier)} 不在本季类别中`,
          `tier ${String(unit.tier)} is not one of the season's tiers`,
        ),
      );
    }
  }
  const keys = problems.length === 0 ? units.map((unit) => unitKey(unit.applicationNumbers)) : [];
  return { problems, owners, cells, sizes, cellLists: null, keys };
}

function checkNumber(
  input: PlacementInput,
  number: string,
  u: number,
  i: number,
  owners: NumberTable,
  problems: PlacementProblem[],
): void {
  if (typeof number !== 'string' || !APPLICATION_NUMBER_PATTERN.test(number)) {
    const at = `units[${u}].applicationNumbers[${i}]`;
    problems.push(
      problem(
        'bad_application_number',
        at,
        '报名号须为 1–40 位字母、数字或 -',
        'an application number must be 1–40 letters, digits or "-"',
      ),
    );
    return;
  }
  // One hash probe for the common case; the table keeps the first owner, which the message names.
  const first = owners.add(number, u);
  if (first < 0) return;
  const at = `units[${u}].applicationNumbers[${i}]`;
  problems.push(
    problem(
      'duplicate_application_number',
      at,
      `报名号 ${number} 重复出现（另见 units[${first}]）`,
      `application number ${number} appears twice (also in units[${first}])`,
    ),
  );
}
