// Shared-seat requests: a request names either exactly one applicant unit (all its numbers, nothing else) or
// numbers that applied nowhere else; its schools must all belong to its own large district (R2.2).
import { APPLICATION_NUMBER_PATTERN } from '../lottery/validate-draw-input';
import { problem } from './placement-problem';
import type { PlacementInput, PlacementProblem, SharedSeatsRequest } from './placement-types';
import type { SeasonFrame } from './season-frame';
import type { CheckedUnits, NumberOwners } from './validate-units';

// Module constants, not imported bindings, in the per-request code: see lottery/word-stream.ts.
const NUMBER_PATTERN = APPLICATION_NUMBER_PATTERN;

export interface CheckedRequests {
  readonly problems: PlacementProblem[];
  /** The applicant unit each request stands for, -1 for a shared-only unit. */
  readonly requestUnits: Int32Array;
  /** Each request's large district (index into frame.districts), -1 when unknown. */
  readonly requestDistricts: Int32Array;
  /** Request r's schools as school indices (-1 unknown), most wanted first: wishes[wishStart[r] .. [r + 1]). */
  readonly wishStart: Int32Array;
  readonly wishes: Int32Array;
}

/** Problems of the requests, and what placing them needs: their units and districts as indices. */
export function validateSharedSeats(
  input: PlacementInput,
  frame: SeasonFrame,
  units: CheckedUnits,
): CheckedRequests {
  const { schoolIndex, districtIndex, schoolDistricts } = frame;
  // A unit may ask once: applicant units are marked by index, only shared-only numbers need a set.
  const requested = { units: new Uint8Array(input.units.length), numbers: new Set<string>() };
  const problems: PlacementProblem[] = [];
  const requests = input.sharedSeats ?? [];
  const requestUnits = new Int32Array(requests.length).fill(-1);
  const requestDistricts = new Int32Array(requests.length).fill(-1);
  const wishStart = new Int32Array(requests.length + 1);
  // About three schools a request; doubled past that.
  let wishes: Int32Array = new Int32Array(requests.length * 3 + 16);
  let wished = 0;
  for (let r = 0; r < requests.length; r++) {
    wishStart[r] = wished;
    const request = requests[r]!;
    // Paths are only built for a problem (path(r)): a season has 100,000 requests and most are fine.
    const owner = checkMembers(request, r, units, requested, problems);
    if (owner !== undefined) requestUnits[r] = owner;
    const district = request.largeDistrictId;
    const d = districtIndex.get(district) ?? -1;
    requestDistricts[r] = d;
    if (d < 0) {
      problems.push(
        problem(
          'unknown_large_district',
          `${path(r)}.largeDistrictId`,
          `大学区 ${String(district)} 没有学校`,
          `large district ${String(district)} has no school`,
        ),
      );
    }
    const home = owner === undefined ? -1 : homeDistrict(input, frame, units, owner);
    if (home >= 0 && home !== d) {
      problems.push(
        problem(
          'district_mismatch',
          `${path(r)}.largeDistrictId`,
          `该单元报名的学校属于大学区 ${frame.districts[home]!}，不是 ${String(district)}`,
          `the unit applied to a school of large district ${frame.districts[home]!}, not ${String(district)}`,
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
      const s = schoolIndex.get(id);
      if (wished === wishes.length) wishes = grown(wishes);
      wishes[wished++] = s ?? -1;
      if (s === undefined)
        problems.push(
          problem(
            'unknown_school',
            `${path(r)}.schoolIds[${i}]`,
            `学校 ${String(id)} 不存在`,
            `school ${String(id)} does not exist`,
          ),
        );
      else if (schoolDistricts[s] !== d)
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
  wishStart[requests.length] = wished;
  return {
    problems,
    requestUnits,
    requestDistricts,
    wishStart,
    wishes,
  };
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The large district of the school a unit applied to, -1 if that school is unknown. */
function homeDistrict(input: PlacementInput, frame: SeasonFrame, units: CheckedUnits, u: number): number {
  const cell = units.cells[u]!;
  // The cell is unknown also when only the tier is: then the school is looked up by name.
  const s =
    cell >= 0 ? Math.floor(cell / input.tiers.length) : frame.schoolIndex.get(input.units[u]!.schoolId);
  return s === undefined ? -1 : frame.schoolDistricts[s]!;
}

/**
 * All numbers of one applicant unit, or numbers of no applicant unit; never the same number twice. Returns the
 * applicant unit the request stands for, if any.
 */
function checkMembers(
  request: SharedSeatsRequest,
  r: number,
  { owners, sizes }: { owners: NumberOwners; sizes: Int32Array },
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
  let whole = owner === undefined || sizes[owner] === numbers.length;
  for (let i = 0; i < numbers.length; i++) {
    const number = numbers[i]!;
    const mine = i === 0 ? owner : typeof number === 'string' ? owners.get(number) : undefined;
    // A number an applicant unit owns equals one validateUnits checked already: only the others (shared-only
    // numbers, or no number at all) are matched against the pattern.
    if (mine === undefined && (typeof number !== 'string' || !NUMBER_PATTERN.test(number))) {
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
