import dayjs from 'dayjs';
import type { Sex } from '../../types/common';
import { checkDigit } from './check-digit';
import { ID_NUMBER_MESSAGES } from './id-number-messages';
import { isPlausibleRegion } from './region-code';

export type IdNumberProblem =
  | 'empty'
  | 'whitespace'
  | 'full_width'
  | 'legacy_15'
  | 'length'
  | 'characters'
  | 'region'
  | 'date'
  | 'check_digit';

export type ParsedIdNumber = { idNumber: string; birthDate: string; sex: Sex; regionCode: string };
export type ParseIdNumberResult =
  { ok: true; value: ParsedIdNumber } | { ok: false; problem: IdNumberProblem; message: string };

const fail = (problem: IdNumberProblem, message = ID_NUMBER_MESSAGES[problem]): ParseIdNumberResult => ({
  ok: false,
  problem,
  message,
});

/**
 * Parses an 18-digit resident ID number (GB 11643-1999). The checks run in the order a parent can fix
 * them: typing problems first (spaces, full-width input), then the shape, then what the digits mean.
 * `today` (YYYY-MM-DD) bounds the birth date; it defaults to the clock so callers can pin it in tests.
 */
export function parseIdNumber(
  raw: string,
  today: string = dayjs().format('YYYY-MM-DD'),
): ParseIdNumberResult {
  if (raw.length === 0) return fail('empty');
  // \s covers the ideographic space U+3000 that Chinese IMEs insert.
  if (/\s/.test(raw)) return raw.trim() === '' ? fail('empty') : fail('whitespace');
  if (/[\uFF01-\uFF5E]/.test(raw)) return fail('full_width');
  const length = [...raw].length;
  if (length === 15 && /^\d{15}$/.test(raw)) return fail('legacy_15');
  if (length !== 18) return fail('length', `身份证号应为18位，您输入了${length}位，请核对`);
  if (!/^\d{17}[\dXx]$/.test(raw)) return fail('characters');
  const idNumber = raw.toUpperCase();
  const regionCode = idNumber.slice(0, 6);
  if (!isPlausibleRegion(regionCode)) return fail('region');
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isRealDate(birthDate, today)) return fail('date');
  if (checkDigit(idNumber) !== idNumber.charAt(17)) return fail('check_digit');
  const sex: Sex = Number(idNumber.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value: { idNumber, birthDate, sex, regionCode } };
}

/** A calendar date from 1900 up to today: dayjs rolls 02-30 over to March, so compare the round trip. */
function isRealDate(date: string, today: string): boolean {
  const d = dayjs(date);
  if (!d.isValid() || d.format('YYYY-MM-DD') !== date) return false;
  return date >= '1900-01-01' && date <= today;
}
