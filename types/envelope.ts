import { z } from 'zod';

/** A field-level problem: `path` is the field (e.g. ["idNumber"]), `message` is Chinese. */
export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(issueSchema).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Every function answers with this envelope, over HTTP and over `callFunction` alike. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** The request every function takes: `{ action, data }`; `token` is used only by the local HTTP runtime. */
export const requestSchema = z.object({
  action: z.string().min(1).max(64),
  data: z.unknown().optional(),
  token: z.string().max(4096).optional(),
});
