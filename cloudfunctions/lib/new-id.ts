import { randomBytes } from 'node:crypto';

/** Unguessable record ids (`app-Xk3…`): ids appear in URLs and must not be enumerable. */
export const newId = (prefix: string): string => `${prefix}-${randomBytes(12).toString('base64url')}`;
