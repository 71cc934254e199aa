// Applicant units: every application number well formed and used once in the whole season, every unit
// pointing at a known school and tier. Bound twins share one school and one tier by construction.
// Plain loops that allocate nothing for a valid number: a season has 300,000 of them.
import { canonicalUnit } from '../lottery/canonical-list';
import { APPLICATION_NUMBER_PATTERN } from '../lottery/validate-draw-input';
import { problem } from './placement-problem';
import type { PlacementInput, PlacementProblem } from './placement-types';
import { NumberTable } from './number-table';
import type { RequestColumns } from './request-columns';
import { scanInOrder, type UnitGroups } from './scan-in-order';
import type { SeasonFrame } from './season-frame';

/** Application number → index of its applicant unit; the shared-seat checks reuse it. */
export interface NumberOwners {
  get(number: string): number | undefined;
}

export interface CheckedUnits {
  readonly problems: PlacementProblem[];
  /**
   * The number table of the unit-by-unit check; null after the scan of a season in order, which checked
   * the shared-only numbers against the applicants' on its way (scan-units.ts).
   */
  readonly owners: NumberOwners | null;
  /** Each unit's school × tier cell (`school * tiers + tier`), -1 where either is unknown. */
  readonly cells: Int32Array;
  /** Children in each unit (0 where its numbers are not a list). */
  readonly sizes: Int32Array;
  /**
   * The season lists its numbers in increasing order (the common case): unit order is key order, so a draw's
   * units in input order are its canonical list already (see the note at the end of this file).
   */
  readonly inOrder: boolean;
  /** The spec's key of each unit when the numbers are not in order (and there is no problem); [] otherwise. */
  readonly keys: readonly string[];
  /** In order: per cell, the list hash of its draw (undefined without one); [] otherwise. */
  readonly cellHashes: readonly (string | undefined)[];
  /** In order: the opt-ins, checked already (scan-in-order.ts); null otherwise. */
  readonly optIns: RequestColumns | null;
  /** In order: the units grouped as the season index needs them (scan-in-order.ts); null otherwise. */
  readonly groups: UnitGroups | null;
}

export function validateUnits(input: PlacementInput, frame: SeasonFrame): CheckedUnits {
  const { schoolIndex, tierIndex } = frame;
  const scan = scanInOrder(input, frame);
  if (!scan) return checkEach(input, schoolIndex, tierIndex);
  const { cells, sizes, cellHashes, optIns, groups } = scan;
  // No table: the scan has already refused any shared-only number an applicant has.
  return { problems: [], owners: null, cells, sizes, inOrder: true, keys: [], cellHashes, optIns, groups };
}

/** The spec's unit key, without building a CanonicalUnit for the common single child. */
export function unitKey(numbers: readonly string[]): string {
  return numbers.length === 1 ? numbers[0]! : canonicalUnit(numbers).key;
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
  return { problems, owners, cells, sizes, inOrder: false, keys, cellHashes: [], optIns: null, groups: null };
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
