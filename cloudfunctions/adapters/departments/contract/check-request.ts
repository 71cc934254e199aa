import { z } from 'zod';
import type { DepartmentKind } from '../../../../types/models/department-facts';

/** Where a check is asked: one path per department kind, versioned so the contract can evolve. */
export const checkPath = (kind: DepartmentKind): string => `/v1/checks/${kind}`;

// The department decides whether the person exists; we only refuse what cannot be an ID number at all.
const idNumber = z.string().regex(/^\d{17}[\dX]$/, 'must be an 18-character resident ID number');

/**
 * Body of `POST /v1/checks/{kind}`. Only the two people the check is about, and why we ask: the
 * department audits the purpose on its side too.
 */
export const checkRequestSchema = z
  .object({
    requestId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    purpose: z.string().trim().min(1).max(100),
    subject: z.object({ childIdNumber: idNumber, guardianIdNumber: idNumber }).strict(),
  })
  .strict();
export type CheckRequest = z.infer<typeof checkRequestSchema>;
