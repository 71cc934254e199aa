import dayjs from 'dayjs';
import type { Eligibility } from '../../types/models/child';
import type { AgeRule } from '../../types/models/season';
import { ageOn } from './age-on';

/**
 * Age eligibility of one child for one stage: `rule.minAge` full years on `rule.cutoffDate`. Over-age
 * children are accepted as they are: the over-age certificate was abolished (R1.2), so the message says
 * so instead of asking for anything.
 */
export function checkAge(birthDate: string, rule: AgeRule): Eligibility {
  const age = ageOn(birthDate, rule.cutoffDate);
  const { cutoffDate, minAge } = rule;
  if (age >= minAge + rule.overAgeAfterYears) {
    return {
      status: 'over_age',
      message: `孩子在 ${cutoffDate} 已满 ${age} 周岁，已超过正常入学年龄，无需提供任何证明，可正常报名。`,
    };
  }
  if (age >= minAge) {
    return {
      status: 'eligible',
      message: `孩子在 ${cutoffDate} 已满 ${minAge} 周岁，符合本次入学年龄要求。`,
    };
  }
  const eligibleFrom = firstQualifyingCutoff(birthDate, rule);
  return {
    status: 'under_age',
    message:
      `孩子在 ${cutoffDate} 未满 ${minAge} 周岁，不符合本次入学年龄要求；` +
      `可于 ${eligibleFrom.slice(0, 4)} 年招生时报名（届时已满 ${minAge} 周岁）。`,
    eligibleFrom,
  };
}

/** The same cut-off day in a later year on which the child is old enough (a later season's rule). */
function firstQualifyingCutoff(birthDate: string, rule: AgeRule): string {
  const cutoff = dayjs(rule.cutoffDate);
  // Bounded: every year adds one year of age, so at most minAge + the years until birth.
  for (let years = 1; ; years++) {
    const candidate = cutoff.add(years, 'year').format('YYYY-MM-DD');
    if (ageOn(birthDate, candidate) >= rule.minAge) return candidate;
  }
}
