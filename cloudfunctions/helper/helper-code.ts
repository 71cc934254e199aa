import { randomInt } from 'node:crypto';
import { HELPER_CODE_ALPHABET } from '../../types';

const LENGTH = 8;

/**
 * A fresh helper code from the unambiguous alphabet: 31^8 ≈ 8.5 × 10^11 codes, so guessing one finds a
 * helper's name and organisation at best, and the rate limiter stands in the way of trying many.
 */
export const newHelperCode = (): string =>
  Array.from({ length: LENGTH }, () => HELPER_CODE_ALPHABET[randomInt(HELPER_CODE_ALPHABET.length)]).join('');
