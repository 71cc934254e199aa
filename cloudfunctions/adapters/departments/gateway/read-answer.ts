import type { DepartmentQuery } from '../../../lib/ports/departments';
import {
  checkResponseSchemaFor,
  departmentErrorBodySchema,
  HEADER,
  nonceWellFormed,
  sha256Hex,
  signatureMatches,
  timestampFresh,
  type CheckResponse,
  type NonceCache,
} from '../contract';
import { failed, type AttemptResult } from './attempt-result';

export interface RawAnswer {
  status: number;
  header: (name: string) => string | null;
  body: string;
}

/**
 * Turns one HTTP answer into a trusted response or a refusal. Authenticity first (signature, freshness,
 * nonce), and only then is the body parsed: nothing an unauthenticated party sent is looked at. The order
 * matters for the nonce cache too: remembering nonces of forged answers would let a forger poison it.
 */
export const readAnswer = (
  raw: RawAnswer,
  ctx: { path: string; secret: string; nonces: NonceCache; nowMs: number; query: DepartmentQuery },
): AttemptResult => {
  if (raw.status >= 500) return failed('server_error', `http ${raw.status}`, true);
  if (raw.status !== 200) return failed('bad_response', `http ${raw.status} ${errorCodeOf(raw.body)}`);

  const timestamp = raw.header(HEADER.timestamp) ?? undefined;
  const nonce = raw.header(HEADER.nonce) ?? undefined;
  const parts = {
    methodOrStatus: '200',
    path: ctx.path,
    timestamp: timestamp ?? '',
    nonce: nonce ?? '',
    body: raw.body,
  };
  if (!signatureMatches(ctx.secret, parts, raw.header(HEADER.signature) ?? undefined))
    return failed('bad_signature', 'signature mismatch');
  if (!timestampFresh(timestamp, ctx.nowMs)) return failed('bad_signature', 'stale answer timestamp');
  if (!nonceWellFormed(nonce) || !ctx.nonces.firstSeen(nonce, ctx.nowMs))
    return failed('bad_signature', 'replayed answer nonce');

  let json: unknown;
  try {
    json = JSON.parse(raw.body);
  } catch {
    return failed('bad_response', 'body is not JSON');
  }
  const parsed = checkResponseSchemaFor(ctx.query.kind).safeParse(json);
  if (!parsed.success)
    return failed('bad_response', `body does not match the contract for ${ctx.query.kind}`);
  if (parsed.data.requestId !== ctx.query.requestId) return failed('bad_response', 'requestId not echoed');
  return { ok: true, response: parsed.data as CheckResponse, responseHash: sha256Hex(raw.body) };
};

// Only the stable code goes to the log, never the message (which a department might fill with data).
const errorCodeOf = (body: string): string => {
  try {
    const parsed = departmentErrorBodySchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.error.code : 'unknown';
  } catch {
    return 'unknown';
  }
};
