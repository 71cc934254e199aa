import { z } from 'zod';

/** Stable codes of the department's refusals; the message is for people reading logs. */
export const departmentErrorCodeSchema = z.enum([
  'UNKNOWN_APP_KEY',
  'BAD_SIGNATURE',
  'STALE_TIMESTAMP',
  'REPLAYED_NONCE',
  'BAD_REQUEST',
  'NOT_FOUND_ROUTE',
  'UNAVAILABLE',
  'INTERNAL',
]);
export type DepartmentErrorCode = z.infer<typeof departmentErrorCodeSchema>;

export const departmentErrorBodySchema = z.object({
  error: z.object({ code: departmentErrorCodeSchema, message: z.string() }),
});
export type DepartmentErrorBody = z.infer<typeof departmentErrorBodySchema>;

export const errorBody = (code: DepartmentErrorCode, message: string): DepartmentErrorBody => ({
  error: { code, message },
});
