import type { Envelope } from '../../types/envelope';

/** Sends `{ action, data }` to one backend function and returns its envelope; never throws. */
export type Transport = (fn: string, action: string, data: unknown) => Promise<Envelope<unknown>>;

export const failure = (code: string, message: string): Envelope<unknown> => ({
  ok: false,
  error: { code, message },
});

export const isEnvelope = (body: unknown): body is Envelope<unknown> =>
  typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';
