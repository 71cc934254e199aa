import { checkAge } from '../../../domain/eligibility/check-age';
import type { Stage } from '../../../types/common';
import type { Eligibility } from '../../../types/models/child';
import type { Season } from '../../../types/models/season';

/** The same rule the backend applies, computed here for instant feedback while typing. */
export const eligibilityFor = (birthDate: string, stage: Stage, season?: Season): Eligibility | undefined => {
  const rule = season?.ageRules.find((r) => r.stage === stage);
  return rule ? checkAge(birthDate, rule) : undefined;
};

export const ELIGIBILITY_TONE = { eligible: 'success', over_age: 'info', under_age: 'warning' } as const;
export const ELIGIBILITY_TITLE = {
  eligible: '符合入学年龄',
  over_age: '超龄（可正常报名）',
  under_age: '未到入学年龄',
} as const;
