import {
  checkRequestSchema,
  errorBody,
  type CheckResponse,
  type DepartmentErrorBody,
} from '../../cloudfunctions/adapters/departments/contract';
import type { DepartmentKind } from '../../types/models/department-facts';
import type { SyntheticRegistry } from './synthetic-registry';

/**
 * The department's answer to an authenticated request: the record of this kind for this guardian and child
 * together. A child who is not in that guardian's household is `not_found` for every kind, so the service
 * cannot be used to learn about a person from someone else's ID number.
 */
export const answerCheck = (
  kind: DepartmentKind,
  body: string,
  registry: SyntheticRegistry,
): { status: number; body: CheckResponse | DepartmentErrorBody } => {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 400, body: errorBody('BAD_REQUEST', 'body is not JSON') };
  }
  const parsed = checkRequestSchema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    return { status: 400, body: errorBody('BAD_REQUEST', `invalid fields: ${fields}`) };
  }
  const { requestId, subject } = parsed.data;
  const facts = registry.lookup(kind, subject.guardianIdNumber, subject.childIdNumber);
  return {
    status: 200,
    body: facts
      ? ({ requestId, kind, outcome: 'found', facts } as CheckResponse)
      : { requestId, kind, outcome: 'not_found' },
  };
};
