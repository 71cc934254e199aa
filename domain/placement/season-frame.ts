// Schools, tiers and large districts as indices: every later step of a season works on integers, and looks a
// name up only to print it.
import type { PlacementInput } from './placement-types';
import { SchoolLookup } from './school-lookup';

export interface SeasonFrame {
  readonly schoolIndex: ReadonlyMap<string, number>;
  /** The same, quicker per lookup: for the scan's per-unit lookups (school-lookup.ts). */
  readonly schools: SchoolLookup;
  readonly tierIndex: ReadonlyMap<string, number>;
  /** Large districts in the order the schools list first names them. */
  readonly districts: readonly string[];
  readonly districtIndex: ReadonlyMap<string, number>;
  /** Each school's large district, as an index into districts; and each district's schools. */
  readonly schoolDistricts: Int32Array;
  readonly districtSchools: readonly (readonly number[])[];
}

export function seasonFrame(input: PlacementInput): SeasonFrame {
  const schoolIndex = new Map(input.schools.map((school, s) => [school.id, s]));
  const tierIndex = new Map(input.tiers.map((tier, t) => [tier, t]));
  const districtIndex = new Map<string, number>();
  const schoolDistricts = new Int32Array(input.schools.length);
  input.schools.forEach((school, s) => {
    const id = school.largeDistrictId;
    if (!districtIndex.has(id)) districtIndex.set(id, districtIndex.size);
    schoolDistricts[s] = districtIndex.get(id)!;
  });
  const districtSchools = [...districtIndex.keys()].map(() => [] as number[]);
  schoolDistricts.forEach((d, s) => districtSchools[d]!.push(s));
  return {
    schoolIndex,
    schools: new SchoolLookup(schoolIndex),
    tierIndex,
    districts: [...districtIndex.keys()],
    districtIndex,
    schoolDistricts,
    districtSchools,
  };
}
