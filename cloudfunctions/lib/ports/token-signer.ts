import type { Role } from '../../../types';

export interface TokenClaims {
  sub: string;
  role: Role;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

/** Session tokens of the local runtime (HMAC-signed, with expiry). */
export interface TokenSigner {
  sign(claims: TokenClaims): string;
  /** null for a malformed, forged or expired token. */
  verify(token: string, nowSeconds: number): TokenClaims | null;
}
