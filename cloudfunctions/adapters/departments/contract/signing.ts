import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A signed message is accepted only if its timestamp is within this many seconds of the receiver's clock. */
export const TIMESTAMP_WINDOW_S = 300;
/** Nonces are remembered this long: longer than the window on both sides, so a replay always meets it. */
export const NONCE_TTL_S = 600;

export const HEADER = {
  appKey: 'x-app-key',
  timestamp: 'x-timestamp',
  nonce: 'x-nonce',
  signature: 'x-signature',
} as const;

export const sha256Hex = (body: string): string => createHash('sha256').update(body, 'utf8').digest('hex');

/** 16 random bytes as hex: unguessable, so a captured message cannot be re-signed with a fresh nonce. */
export const newNonce = (): string => randomBytes(16).toString('hex');

export interface SignedParts {
  /** The request method ('POST') or, for an answer, the HTTP status ('200'). */
  methodOrStatus: string;
  path: string;
  timestamp: string;
  nonce: string;
  body: string;
}

/** `METHOD\nPATH\nTIMESTAMP\nNONCE\nSHA256HEX(body)`: the body is hashed so the string stays small. */
export const signingString = (p: SignedParts): string =>
  [p.methodOrStatus, p.path, p.timestamp, p.nonce, sha256Hex(p.body)].join('\n');

export const sign = (secret: string, parts: SignedParts): string =>
  createHmac('sha256', secret).update(signingString(parts), 'utf8').digest('hex');

/** Constant-time comparison, so the signature cannot be guessed byte by byte from response times. */
export const signatureMatches = (secret: string, parts: SignedParts, given: string | undefined): boolean => {
  if (!given || !/^[0-9a-f]{64}$/.test(given)) return false;
  return timingSafeEqual(Buffer.from(sign(secret, parts), 'hex'), Buffer.from(given, 'hex'));
};

export const timestampFresh = (timestamp: string | undefined, nowMs: number): boolean =>
  !!timestamp &&
  /^\d{1,12}$/.test(timestamp) &&
  Math.abs(Number(timestamp) - Math.floor(nowMs / 1000)) <= TIMESTAMP_WINDOW_S;

export const nonceWellFormed = (nonce: string | undefined): nonce is string =>
  !!nonce && /^[0-9a-f]{32,128}$/.test(nonce);

/** The three headers every signed message carries (a request adds `x-app-key`). */
export const signatureHeaders = (secret: string, parts: SignedParts): Record<string, string> => ({
  [HEADER.timestamp]: parts.timestamp,
  [HEADER.nonce]: parts.nonce,
  [HEADER.signature]: sign(secret, parts),
});
