// Shared-seat requests: a request names either exactly one applicant unit (all its numbers, nothing else) or
// numbers that applied nowhere else; its schools must all belong to its own large district (R2.2).
import { APPLICATION_NUMBER_PATTERN } from '../lottery/validate-draw-input';
import { problem } from './placement-problem';
import type { PlacementInput, PlacementProblem, SharedSeatsRequest } from './placement-types';
import type { NumberOwners } from './validate-units';

/** Problems of the requests, and the applicant unit each request stands for (-1: a shared-only unit). */
export function validateSharedSeats(
  input: PlacementInput,
  owners: NumberOwners,
): { problems: PlacementProblem[]; requestUnits: number[] } {
  const districtOf = new Map(input.schools.map((school) => [school.id, school.largeDistrictId]));
  const districts = new Set(districtOf.values());
  // A unit may ask once: applicant units are marked by index, only shared-only numbers need a set.
  const requested = { units: new Uint8Array(input.units.length), numbers: new Set<string>() };
  const problems: PlacementProblem[] = [];
  const requests = input.sharedSeats ?? [];
  const requestUnits = new Array<number>(requests.length).fill(-1);
  for (let r = 0; r < requests.length; r++) {
    const request = requests[r]!;
    // Paths are only built for a problem (path(r)): a season has 100,000 requests and most are fine.
    const owner = checkMembers(input, request, r, owners, requested, problems);
    if (owner !== undefined) requestUnits[r] = owner;
    const district = request.largeDistrictId;
    if (!districts.has(district)) {
      problems.push(
        problem(
          'unknown_large_district',
          `${path(r)}.largeDistrictId`,
          `大学区 ${String(district)} 没有学校`,
          `large district ${String(district)} has no school`,
        ),
      );
    }
    const home = owner === undefined ? undefined : districtOf.get(input.units[owner]!.schoolId);
    if (home !== undefined && home !== district) {
      problems.push(
        problem(
          'district_mismatch',
          `${path(r)}.largeDistrictId`,
          `该单元报名的学校属于大学区 ${home}，不是 ${String(district)}`,
          `the unit applied to a school of large district ${home}, not ${String(district)}`,
        ),
      );
    }
    const ids = request.schoolIds;
    if (!Array.isArray(ids) || ids.length === 0) {
      problems.push(
        problem(
          'no_preferences',
          `${path(r)}.schoolIds`,
          '须至少填写一所学校',
          'at least one school is needed',
        ),
      );
      continue;
    }
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (!districtOf.has(id))
        problems.push(
          problem(
            'unknown_school',
            `${path(r)}.schoolIds[${i}]`,
            `学校 ${String(id)} 不存在`,
            `school ${String(id)} does not exist`,
          ),
        );
      else if (districtOf.get(id) !== district)
        problems.push(
          problem(
            'school_outside_district',
            `${path(r)}.schoolIds[${i}]`,
            `学校 ${id} 不属于大学区 ${String(district)}`,
            `school ${id} is not in large district ${String(district)}`,
          ),
        );
      else if (ids.indexOf(id) !== i)
        problems.push(
          problem(
            'duplicate_preference',
            `${path(r)}.schoolIds[${i}]`,
            `学校 ${id} 重复填写`,
            `school ${id} is listed twice`,
          ),
        );
    }
  }
  return { problems, requestUnits };
}

/**
 * All numbers of one applicant unit, or numbers of no applicant unit; never the same number twice. Returns the
 * applicant unit the request stands for, if any.
 */
function checkMembers(
  input: PlacementInput,
  request: SharedSeatsRequest,
  r: number,
  owners: NumberOwners,
  requested: { units: Uint8Array; numbers: Set<string> },
  problems: PlacementProblem[],
): number | undefined {
  const numbers = request.applicationNumbers;
  if (!Array.isArray(numbers) || numbers.length === 0) {
    problems.push(
      problem(
        'empty_unit',
        `${path(r)}.applicationNumbers`,
        '须含至少一个报名号',
        'at least one application number is needed',
      ),
    );
    return undefined;
  }
  const owner = owners.get(numbers[0]!);
  let whole = owner === undefined || input.units[owner]!.applicationNumbers.length === numbers.length;
  for (let i = 0; i < numbers.length; i++) {
    const number = numbers[i]!;
    if (typeof number !== 'string' || !APPLICATION_NUMBER_PATTERN.test(number)) {
      problems.push(
        problem(
          'bad_application_number',
          `${path(r)}.applicationNumbers[${i}]`,
          '报名号须为 1–40 位字母、数字或 -',
          'an application number must be 1–40 letters, digits or "-"',
        ),
      );
      continue;
    }
    const mine = i === 0 ? owner : owners.get(number);
    if (mine !== owner) whole = false;
    const seen = requested.numbers.size;
    if (mine === undefined && requested.numbers.add(number).size === seen) {
      problems.push(twice(`${path(r)}.applicationNumbers[${i}]`, number));
    }
  }
  if (whole && owner !== undefined) {
    if (requested.units[owner] === 1) problems.push(twice(`${path(r)}.applicationNumbers`, numbers[0]!));
    requested.units[owner] = 1;
  }
  if (!whole) {
    problems.push(
      problem(
        'unit_mismatch',
        `${path(r)}.applicationNumbers`,
        '须与报名时的单元（含绑定的兄弟姐妹）完全一致',
        'must be exactly the unit as it applied, bound siblings included',
      ),
    );
  }
  return whole ? owner : undefined;
}

function path(r: number): string {
  return `sharedSeats[${r}]`;
}

function twice(at: string, number: string): PlacementProblem {
  return problem(
    'duplicate_application_number',
    at,
    `报名号 ${number} 重复申请共享学位`,
    `application number ${number} asks for shared seats twice`,
  );
}
