// Shared seats (R2.2), as the rounds see them: requests. An applicant unit that opted in is a request with
// its own numbers in its school's large district; a unit that applied only for shared seats is one too, with
// numbers no applicant unit has. Every school asked for belongs to the request's large district, once.
import { canonicalUnit } from '../lottery/canonical-list';
import { APPLICATION_NUMBER_PATTERN } from '../lottery/validate-draw-input';
import { problem } from './placement-problem';
import type { PlacementInput, PlacementProblem, SharedSeatsRequest } from './placement-types';
import type { SeasonFrame } from './season-frame';
import type { CheckedUnits } from './validate-units';
import { addKey, addRequest, addWish, requestColumns, type RequestColumns } from './request-columns';

// A module constant, not the imported binding, in the per-number code: see lottery/word-stream.ts.
const NUMBER_PATTERN = APPLICATION_NUMBER_PATTERN;

export interface CheckedRequests {
  readonly problems: PlacementProblem[];
  /**
   * Requests: the applicant units that opted in, in unit order, then input.sharedOnly from `firstOnly` on.
   * The applicant unit each stands for, -1 for a shared-only one.
   */
  readonly requestUnits: Int32Array;
  readonly firstOnly: number;
  /** Each request's large district (index into frame.districts), -1 when unknown. */
  readonly requestDistricts: Int32Array;
  /** Request r's schools as school indices (-1 unknown), most wanted first: wishes[wishStart[r] .. [r + 1]). */
  readonly wishStart: Int32Array;
  readonly wishes: Int32Array;
  /**
   * The keys copied for the rounds (of requests that may enter, in a season whose numbers are in order):
   * request r's are keyBytes[keyStart[r] .. keyEnd[r]), keyStart[r] -1 when not copied.
   */
  readonly keyStart: Int32Array;
  readonly keyEnd: Int32Array;
  readonly keyBytes: Uint8Array;
}

/** Problems of the opt-ins and shared-only units, and what placing them needs: all of it as indices. */
export function validateSharedSeats(
  input: PlacementInput,
  frame: SeasonFrame,
  units: CheckedUnits,
): CheckedRequests {
  const problems: PlacementProblem[] = [];
  const only = input.sharedOnly ?? [];
  const left: unknown = input.sharedLeft;
  if (left !== undefined && (!Array.isArray(left) || left.some((n) => typeof n !== 'string'))) {
    problems.push(
      problem(
        'invalid_shared_left',
        'sharedLeft',
        '退出共享学位轮次的报名号须为字符串列表',
        'sharedLeft must be a list of application numbers',
      ),
    );
  }
  // The scan of a season in order checked the opt-ins already; otherwise they are checked here.
  const columns = units.optIns ?? optIns(input, frame, units, only.length, problems);
  const firstOnly = columns.count;
  const numbers = new Set<string>();
  for (let k = 0; k < only.length; k++) {
    const request = only[k]!;
    const at = `sharedOnly[${k}]`;
    const d = frame.districtIndex.get(request.largeDistrictId) ?? -1;
    const r = addRequest(columns, -1, d);
    const before = problems.length;
    checkNumbers(request, at, units, numbers, problems);
    if (problems.length === before && units.inOrder) {
      addKey(columns, r, canonicalUnit(request.applicationNumbers).members);
    }
    if (d < 0) {
      problems.push(
        problem(
          'unknown_large_district',
          `${at}.largeDistrictId`,
          `大学区 ${String(request.largeDistrictId)} 没有学校`,
          `large district ${String(request.largeDistrictId)} has no school`,
        ),
      );
    }
    checkWishes(request.schoolIds, 'sharedOnly', k, d, frame, columns, problems);
  }
  const count = columns.count;
  return {
    problems,
    requestUnits: columns.units.subarray(0, count),
    firstOnly,
    requestDistricts: columns.districts.subarray(0, count),
    wishStart: columns.wishStart.subarray(0, count + 1),
    wishes: columns.wishes.subarray(0, columns.wished),
    keyStart: columns.keyStart.subarray(0, count),
    keyEnd: columns.keyEnd.subarray(0, count),
    keyBytes: columns.keyBytes,
  };
}

/** The units that opted in (sharedSchoolIds given), as requests in unit order, with their problems. */
function optIns(
  input: PlacementInput,
  frame: SeasonFrame,
  units: CheckedUnits,
  more: number,
  problems: PlacementProblem[],
): RequestColumns {
  const tiers = input.tiers.length;
  const columns = requestColumns((input.units.length >> 2) + more);
  input.units.forEach((unit, u) => {
    if (unit.sharedSchoolIds === undefined) return;
    const cell = units.cells[u]!;
    // An unknown school is the unit's own problem, reported there: its wishes are then only checked as ids.
    const s = cell >= 0 ? Math.floor(cell / tiers) : frame.schoolIndex.get(unit.schoolId);
    const d = s === undefined ? -1 : frame.schoolDistricts[s]!;
    addRequest(columns, u, d);
    checkWishes(unit.sharedSchoolIds, 'units', u, d, frame, columns, problems);
  });
  return columns;
}

/**
 * Schools of district d, each once, at least one; appended to `wishes` as indices (-1 unknown). The path is
 * built only for a problem: a season has 100,000 opt-ins and most are fine.
 */
function checkWishes(
  ids: readonly string[] | undefined,
  list: 'units' | 'sharedOnly',
  item: number,
  d: number,
  { schoolIndex, schoolDistricts, districts }: SeasonFrame,
  columns: RequestColumns,
  problems: PlacementProblem[],
): void {
  if (!Array.isArray(ids) || ids.length === 0) {
    problems.push(
      problem('no_preferences', wishPath(list, item), '须至少填写一所学校', 'at least one school is needed'),
    );
    return;
  }
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const s = schoolIndex.get(id);
    addWish(columns, s ?? -1);
    if (s === undefined)
      problems.push(
        problem(
          'unknown_school',
          `${wishPath(list, item)}[${i}]`,
          `学校 ${String(id)} 不存在`,
          `school ${String(id)} does not exist`,
        ),
      );
    else if (d >= 0 && schoolDistricts[s] !== d)
      problems.push(
        problem(
          'school_outside_district',
          `${wishPath(list, item)}[${i}]`,
          `学校 ${id} 不属于大学区 ${districts[d]!}`,
          `school ${id} is not in large district ${districts[d]!}`,
        ),
      );
    else if (ids.indexOf(id) !== i)
      problems.push(
        problem(
          'duplicate_preference',
          `${wishPath(list, item)}[${i}]`,
          `学校 ${id} 重复填写`,
          `school ${id} is listed twice`,
        ),
      );
  }
}

function wishPath(list: 'units' | 'sharedOnly', item: number): string {
  return list === 'units' ? `units[${item}].sharedSchoolIds` : `sharedOnly[${item}].schoolIds`;
}

/** A shared-only unit's numbers: at least one, well formed, none an applicant's, none asked for twice. */
function checkNumbers(
  request: SharedSeatsRequest,
  at: string,
  { owners }: CheckedUnits,
  seen: Set<string>,
  problems: PlacementProblem[],
): void {
  const numbers = request.applicationNumbers;
  if (!Array.isArray(numbers) || numbers.length === 0) {
    problems.push(
      problem(
        'empty_unit',
        `${at}.applicationNumbers`,
        '须含至少一个报名号',
        'at least one application number is needed',
      ),
    );
    return;
  }
  for (let i = 0; i < numbers.length; i++) {
    const number = numbers[i]!;
    const path = `${at}.applicationNumbers[${i}]`;
    if (typeof number !== 'string' || !NUMBER_PATTERN.test(number)) {
      problems.push(
        problem(
          'bad_application_number',
          path,
          '报名号须为 1–40 位字母、数字或 -',
          'an application number must be 1–40 letters, digits or "-"',
        ),
      );
      continue;
    }
    // Without a table, the scan of a season in order found no applicant with a shared-only number.
    const owner = owners?.get(number);
    if (owner !== undefined) {
      problems.push(
        problem(
          'applied_to_school',
          path,
          `报名号 ${number} 已报名学校（units[${owner}]），共享学位意愿应填在该单元上`,
          `application number ${number} applied to a school (units[${owner}]); its opt-in belongs on that unit`,
        ),
      );
    } else if (seen.size === seen.add(number).size) {
      problems.push(
        problem(
          'duplicate_application_number',
          path,
          `报名号 ${number} 重复申请共享学位`,
          `application number ${number} asks for shared seats twice`,
        ),
      );
    }
  }
}
