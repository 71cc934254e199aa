import { createHmac, timingSafeEqual } from 'node:crypto';
import { roleSchema } from '../../../types';
import type { TokenClaims, TokenSigner } from '../../lib/ports/token-signer';

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/** `payload.signature`, both base64url; the payload is JSON claims. Like a JWT with one fixed algorithm. */
export const createHmacTokenSigner = (secret: Buffer): TokenSigner => {
  if (secret.length < 32) throw new Error('token secret must be at least 32 bytes');
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest();
  return {
    sign(claims) {
      const payload = b64url(JSON.stringify(claims));
      return `${payload}.${b64url(mac(payload))}`;
    },
    verify(token, nowSeconds) {
      const [payload, signature, extra] = token.split('.');
      if (!payload || !signature || extra !== undefined) return null;
      const expected = mac(payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      let claims: TokenClaims;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
      if (typeof claims.sub !== 'string' || !roleSchema.safeParse(claims.role).success) return null;
      if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return null;
      return claims;
    },
  };
};
