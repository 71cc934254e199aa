import type { DepartmentKind } from '../../types';
import { classifyAnswer } from '../../domain/verification/classify-answer';
import type { CheckResult } from '../../types';
import { newId } from '../lib/new-id';
import type { Ports } from '../lib/ports/ports';
import type { AuditRecord } from '../lib/ports/records';

export const ALL_KINDS: DepartmentKind[] = [
  'hukou',
  'property',
  'social_insurance',
  'residence_permit',
  'military',
  'talent',
];

export interface Family {
  childId: string;
  childIdNumber: string;
  guardianIdNumber: string;
  seasonName: string;
}

/**
 * Asks each department once, in parallel, and audits every question (who, why, when, which department).
 * The answers themselves are not logged: only their outcome and hash are kept.
 */
export const askDepartments = async (
  ports: Ports,
  family: Family,
  kinds: readonly DepartmentKind[],
  actor: Pick<AuditRecord, 'actorId' | 'role'>,
  disputed: readonly DepartmentKind[] = [],
): Promise<CheckResult[]> => {
  const purpose = `${family.seasonName}入学报名核验`;
  return Promise.all(
    kinds.map(async (kind) => {
      const requestId = newId('q');
      const answer = await ports.departments.check({
        kind,
        childIdNumber: family.childIdNumber,
        guardianIdNumber: family.guardianIdNumber,
        purpose,
        requestId,
      });
      await ports.store.audit.append({
        at: ports.clock.now().toISOString(),
        ...actor,
        action: 'department.query',
        targetType: 'child',
        targetId: family.childId,
        detail: { kind, requestId, purpose, outcome: answer.outcome },
      });
      return classifyAnswer(answer, disputed.includes(kind));
    }),
  );
};
