// Applicant units: every application number well formed and used once in the whole season, every unit
// pointing at a known school and tier. Bound twins share one school and one tier by construction.
// Plain loops that allocate nothing for a valid number: a season has 300,000 of them.
import { APPLICATION_NUMBER_PATTERN } from '../lottery/validate-draw-input';
import { problem } from './placement-problem';
import type { PlacementInput, PlacementProblem } from './placement-types';

/** Application number → index of its applicant unit; the shared-seat checks reuse it. */
export type NumberOwners = Map<string, number>;

export function validateUnits(input: PlacementInput): { problems: PlacementProblem[]; owners: NumberOwners } {
  const schools = new Set(input.schools.map((school) => school.id));
  const tiers = new Set(input.tiers);
  const owners: NumberOwners = new Map();
  const problems: PlacementProblem[] = [];
  for (let u = 0; u < input.units.length; u++) {
    const unit = input.units[u]!;
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
    if (!schools.has(unit.schoolId)) {
      problems.push(
        problem(
          'unknown_school',
          `units[${u}].schoolId`,
          `学校 ${String(unit.schoolId)} 不存在`,
          `school ${String(unit.schoolId)} does not exist`,
        ),
      );
    }
    if (!tiers.has(unit.tier)) {
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
  return { problems, owners };
}

function checkNumber(
  input: PlacementInput,
  number: string,
  u: number,
  i: number,
  owners: NumberOwners,
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
  // One hash probe for the common case; only a duplicate pays for finding where the number came first.
  const size = owners.size;
  if (owners.set(number, u).size > size) return;
  const first = input.units.findIndex((unit) => unit.applicationNumbers.includes(number));
  owners.set(number, first);
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
