import type { IncomingHttpHeaders } from 'node:http';
import {
  errorBody,
  HEADER,
  nonceWellFormed,
  signatureMatches,
  timestampFresh,
  type DepartmentErrorBody,
  type NonceCache,
} from '../../cloudfunctions/adapters/departments/contract';

export interface Credentials {
  appKey: string;
  appSecret: string;
}

const header = (h: IncomingHttpHeaders, name: string) => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * The department's gate, in the order that keeps it cheap and safe: who is asking, is the message fresh,
 * is it signed by them, and only then is its nonce remembered (so an unsigned flood cannot fill the cache
 * or burn nonces a real client will use). Returns null when the request may be answered.
 */
export const authenticateRequest = (
  req: { path: string; headers: IncomingHttpHeaders; body: string },
  creds: Credentials,
  nonces: NonceCache,
  nowMs: number,
): { status: number; body: DepartmentErrorBody } | null => {
  const refuse = (status: number, code: Parameters<typeof errorBody>[0], message: string) => ({
    status,
    body: errorBody(code, message),
  });
  if (header(req.headers, HEADER.appKey) !== creds.appKey)
    return refuse(401, 'UNKNOWN_APP_KEY', 'unknown app key');
  const timestamp = header(req.headers, HEADER.timestamp);
  if (!timestampFresh(timestamp, nowMs))
    return refuse(
      401,
      'STALE_TIMESTAMP',
      'x-timestamp must be unix seconds within 300 s of the server clock',
    );
  const nonce = header(req.headers, HEADER.nonce);
  if (!nonceWellFormed(nonce))
    return refuse(401, 'BAD_SIGNATURE', 'x-nonce must be at least 16 random bytes, hex');
  const parts = {
    methodOrStatus: 'POST',
    path: req.path,
    timestamp: timestamp as string,
    nonce,
    body: req.body,
  };
  if (!signatureMatches(creds.appSecret, parts, header(req.headers, HEADER.signature)))
    return refuse(401, 'BAD_SIGNATURE', 'signature does not match');
  if (!nonces.firstSeen(nonce, nowMs)) return refuse(409, 'REPLAYED_NONCE', 'nonce already used');
  return null;
};
