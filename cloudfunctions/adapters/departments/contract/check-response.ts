import { z } from 'zod';
import {
  departmentFactsSchemas,
  type DepartmentFacts,
  type DepartmentKind,
} from '../../../../types/models/department-facts';

/**
 * Body of a 200 answer for one kind. `requestId` and `kind` are echoed so an answer cannot be swapped
 * between questions; `facts` are present exactly when the record was found and are parsed with the
 * kind's facts schema, which drops any field the contract does not name (minimisation on our side too).
 */
export const checkResponseSchemaFor = (kind: DepartmentKind) =>
  z.discriminatedUnion('outcome', [
    z.object({
      requestId: z.string(),
      kind: z.literal(kind),
      outcome: z.literal('found'),
      facts: departmentFactsSchemas[kind],
    }),
    z.object({ requestId: z.string(), kind: z.literal(kind), outcome: z.literal('not_found') }).strict(),
  ]);

export type CheckResponse<K extends DepartmentKind = DepartmentKind> =
  | { requestId: string; kind: K; outcome: 'found'; facts: DepartmentFacts[K] }
  | { requestId: string; kind: K; outcome: 'not_found' };
