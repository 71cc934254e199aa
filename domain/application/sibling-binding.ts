import type { ApplicationStatus } from '../../types/models/application';
import { canTransition } from './application-status';

/** What the binding rule needs to know of each application (R2.1). */
export interface BindingCandidate {
  id: string;
  appNo: string;
  guardianId: string;
  seasonId: string;
  stage: string;
  schoolId: string;
  childBirthDate: string;
  status: ApplicationStatus;
  boundGroupId?: string;
}

export const MAX_SIBLINGS = 4;

/**
 * Twins or multiples may be bound: born the same day, the same guardian, the same season, stage and
 * school, each application still open. The published rule is applied the same way every time, so the
 * problems are listed in words a parent can act on, never decided case by case.
 */
export const bindingProblems = (apps: readonly BindingCandidate[]): string[] => {
  const problems: string[] = [];
  if (apps.length < 2 || apps.length > MAX_SIBLINGS) problems.push(`绑定需要 2 至 ${MAX_SIBLINGS} 份报名。`);
  if (new Set(apps.map((a) => a.id)).size !== apps.length) problems.push('同一份报名不能重复绑定。');
  const first = apps[0];
  if (!first) return problems;
  const differs = (f: (a: BindingCandidate) => string) => apps.some((a) => f(a) !== f(first));
  if (differs((a) => a.guardianId)) problems.push('只能绑定同一监护人名下的孩子。');
  if (differs((a) => a.childBirthDate)) problems.push('绑定的孩子出生日期必须相同（双胞胎或多胞胎）。');
  if (differs((a) => `${a.seasonId}/${a.stage}`)) problems.push('绑定的报名必须属于同一招生季和学段。');
  if (differs((a) => a.schoolId)) problems.push('绑定的孩子必须报名同一所学校。');
  for (const a of apps) {
    if (a.boundGroupId) problems.push(`报名 ${a.appNo} 已经绑定，请先解除原绑定。`);
    if (!canTransition(a.status, 'withdrawn')) problems.push(`报名 ${a.appNo} 当前状态不能再更改绑定。`);
  }
  return problems;
};
