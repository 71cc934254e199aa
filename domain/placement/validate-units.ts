// Applicant units: every application number well formed and used once in the whole season, every unit
// pointing at a known school and tier. Bound twins share one school and one tier by construction.
// Plain loops that allocate nothing for a valid number: a season has 300,000 of them.
import { APPLICATION_NUMBER_PATTERN } from '../lottery/validate-draw-input';
import { problem } from './placement-problem';
import type { PlacementInput, PlacementProblem } from './placement-types';
import { NumberTable, SortedNumbers } from './number-table';

/** Application number → index of its applicant unit; the shared-seat checks reuse it. */
export interface NumberOwners {
  get(number: string): number | undefined;
}

export interface CheckedUnits {
  readonly problems: PlacementProblem[];
  readonly owners: NumberOwners;
  /** Each unit's school × tier cell (`school * tiers + tier`), -1 where either is unknown. */
  readonly cells: Int32Array;
}

export function validateUnits(input: PlacementInput): CheckedUnits {
  const schools = new Map(input.schools.map((school, s) => [school.id, s]));
  const tiers = new Map(input.tiers.map((tier, t) => [tier, t]));
  return validInOrder(input, schools, tiers) ?? checkEach(input, schools, tiers);
}

/**
 * The common case in one tight pass: every unit well formed and its numbers strictly increasing across the
 * season (units in application order), which makes them distinct without any table. Anything else returns
 * null, and checkEach finds and reports it.
 */
function validInOrder(
  input: PlacementInput,
  schools: ReadonlyMap<string, number>,
  tiers: ReadonlyMap<string, number>,
): CheckedUnits | null {
  const units = input.units;
  const cells = new Int32Array(units.length);
  const numbers: string[] = [];
  const owners: number[] = [];
  let previous = '';
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const members = unit.applicationNumbers;
    if (!Array.isArray(members) || members.length === 0) return null;
    for (let i = 0; i < members.length; i++) {
      const number = members[i]!;
      if (typeof number !== 'string' || !APPLICATION_NUMBER_PATTERN.test(number)) return null;
      // '' sorts before every valid number, so the first one passes.
      if (!(previous < number)) return null;
      previous = number;
      numbers.push(number);
      owners.push(u);
    }
    const s = schools.get(unit.schoolId);
    const t = tiers.get(unit.tier);
    if (s === undefined || t === undefined) return null;
    cells[u] = s * input.tiers.length + t;
  }
  return { problems: [], owners: new SortedNumbers(numbers, Int32Array.from(owners)), cells };
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
  const problems: PlacementProblem[] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const numbers = unit.applicationNumbers;
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
  return { problems, owners, cells };
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
