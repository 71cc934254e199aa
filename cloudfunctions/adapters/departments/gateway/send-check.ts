import type { DepartmentQuery } from '../../../lib/ports/departments';
import { HEADER, newNonce, signatureHeaders, type CheckRequest, type NonceCache } from '../contract';
import { failed, type AttemptResult } from './attempt-result';
import { readAnswer } from './read-answer';

export interface SendContext {
  url: string;
  appKey: string;
  appSecret: string;
  timeoutMs: number;
  fetch: typeof fetch;
  now: () => Date;
  nonces: NonceCache;
}

/**
 * One signed HTTP attempt, bounded by the timeout (which also covers reading the body: a department that
 * sends headers and then stalls is as unavailable as one that never answers).
 */
export const sendCheck = async (query: DepartmentQuery, ctx: SendContext): Promise<AttemptResult> => {
  const request: CheckRequest = {
    requestId: query.requestId,
    purpose: query.purpose,
    subject: { childIdNumber: query.childIdNumber, guardianIdNumber: query.guardianIdNumber },
  };
  const body = JSON.stringify(request);
  const path = new URL(ctx.url).pathname;
  const timestamp = String(Math.floor(ctx.now().getTime() / 1000));
  const parts = { methodOrStatus: 'POST', path, timestamp, nonce: newNonce(), body };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ctx.timeoutMs);
  try {
    const res = await ctx.fetch(ctx.url, {
      method: 'POST',
      body,
      signal: abort.signal,
      headers: {
        'content-type': 'application/json',
        [HEADER.appKey]: ctx.appKey,
        ...signatureHeaders(ctx.appSecret, parts),
      },
    });
    const text = await res.text();
    return readAnswer(
      { status: res.status, header: (n) => res.headers.get(n), body: text },
      { path, secret: ctx.appSecret, nonces: ctx.nonces, nowMs: ctx.now().getTime(), query },
    );
  } catch (e) {
    if (abort.signal.aborted) return failed('timeout', `no answer within ${ctx.timeoutMs} ms`, true);
    // Connection refused or reset: the department is down, which a retry may outlast.
    return failed(
      'server_error',
      `network error ${(e as { cause?: { code?: string } }).cause?.code ?? ''}`,
      true,
    );
  } finally {
    clearTimeout(timer);
  }
};
