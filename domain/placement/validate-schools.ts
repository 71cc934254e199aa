// Schools and tiers are the frame every other check refers to, so they are checked first.
import { ID_PATTERN, isSeatCount, problem } from './placement-problem';
import type { PlacementInput, PlacementProblem } from './placement-types';

export function validateSchools(input: PlacementInput): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  const seen = new Set<string>();
  input.schools.forEach((school, i) => {
    const at = `schools[${i}]`;
    if (typeof school.id !== 'string' || !ID_PATTERN.test(school.id)) {
      problems.push(
        problem(
          'bad_school_id',
          `${at}.id`,
          '学校编号须为 1–64 位字母、数字或 . _ -',
          'a school id must be 1–64 letters, digits, ".", "_" or "-"',
        ),
      );
    } else if (seen.has(school.id)) {
      problems.push(
        problem(
          'duplicate_school',
          `${at}.id`,
          `学校 ${school.id} 重复出现`,
          `school ${school.id} appears twice`,
        ),
      );
    }
    seen.add(school.id);
    if (!isSeatCount(school.seats)) {
      problems.push(
        problem('bad_seats', `${at}.seats`, '学位数须为不小于 0 的整数', 'seats must be a whole number ≥ 0'),
      );
    }
    if (typeof school.largeDistrictId !== 'string' || !ID_PATTERN.test(school.largeDistrictId)) {
      problems.push(
        problem(
          'bad_large_district',
          `${at}.largeDistrictId`,
          '大学区编号格式不正确',
          'the large district id is malformed',
        ),
      );
    }
  });
  return problems;
}

export function validateTiers(input: PlacementInput): PlacementProblem[] {
  if (input.tiers.length === 0) {
    return [problem('no_tiers', 'tiers', '至少需要一个录取类别', 'at least one tier is needed')];
  }
  const seen = new Set<string>();
  return input.tiers.flatMap((tier, i) => {
    const bad = typeof tier !== 'string' || tier.length === 0;
    const twice = !bad && seen.has(tier);
    seen.add(tier);
    if (bad)
      return [
        problem('bad_tier', `tiers[${i}]`, '类别编号须为非空文本', 'a tier must be a non-empty string'),
      ];
    return twice
      ? [problem('duplicate_tier', `tiers[${i}]`, `类别 ${tier} 重复出现`, `tier ${tier} appears twice`)]
      : [];
  });
}
