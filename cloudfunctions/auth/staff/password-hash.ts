import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { StaffCredentialRecord } from '../../lib/ports/records';

let dummy: Promise<PasswordHash> | undefined;

export type PasswordHash = Pick<StaffCredentialRecord, 'hash' | 'salt' | 'params'>;

/**
 * OWASP's scrypt equivalent of N=2^17 at a quarter of the memory (N=2^15, r=8, p=3): 32 MiB per check
 * fits a 256 MB function beside the SDK. The parameters are stored with each hash, so raising them later
 * only affects passwords set afterwards.
 */
export const SCRYPT_PARAMS: PasswordHash['params'] = { N: 2 ** 15, r: 8, p: 3, keylen: 32 };

const derive = (password: string, salt: Buffer, params: PasswordHash['params']): Promise<Buffer> => {
  const { N, r, p, keylen } = params;
  // Node refuses by default above 32 MiB; scrypt needs 128·N·r bytes, so allow exactly that and a margin.
  const options: ScryptOptions = { N, r, p, maxmem: 128 * N * r * 2 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keylen, options, (e, key) => (e ? reject(e) : resolve(key))),
  );
};

let cost = SCRYPT_PARAMS;

/**
 * Integration tests log in dozens of times on two shared cores; they lower the cost of new hashes here.
 * Verification always uses the parameters stored with the hash, so nothing else changes.
 */
export const setPasswordCostForTests = (params: PasswordHash['params']): void => {
  cost = params;
  dummy = undefined;
};

export const hashPassword = async (
  password: string,
  params: PasswordHash['params'] = cost,
): Promise<PasswordHash> => {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return { hash: key.toString('base64'), salt: salt.toString('base64'), params };
};

/** Constant-time comparison of the derived key: the time taken says nothing about how close a guess was. */
export const verifyPassword = async (password: string, stored: PasswordHash): Promise<boolean> => {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), {
    ...stored.params,
    keylen: expected.length,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
};

/**
 * Checked when the login name is unknown (or has no password), so that an unknown name costs as much as
 * a wrong password and response time does not reveal which names exist.
 */
export const burnPasswordCheck = async (password: string): Promise<void> => {
  dummy ??= hashPassword('no account has this password');
  await verifyPassword(password, await dummy);
};
