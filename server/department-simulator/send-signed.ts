import type http from 'node:http';
import { newNonce, signatureHeaders } from '../../cloudfunctions/adapters/departments/contract';

/**
 * Every answer, errors included, is signed over `STATUS\nPATH\nTIMESTAMP\nNONCE\nSHA256(body)` with a
 * fresh nonce, as the real platform does: the gateway trusts a 200 only if the signature holds.
 */
export const sendSigned = (
  res: http.ServerResponse,
  path: string,
  status: number,
  payload: unknown,
  secret: string,
): void => {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const parts = { methodOrStatus: String(status), path, timestamp, nonce: newNonce(), body };
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...signatureHeaders(secret, parts),
  });
  res.end(body);
};
