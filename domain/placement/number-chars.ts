// The characters of an application number as a table: the season's 300,000 numbers are checked code unit by
// code unit in one loop, which costs less than a regular expression call per number.

/**
 * 1 for the code units APPLICATION_NUMBER_PATTERN allows ([A-Za-z0-9-]), all ASCII: a number's bytes are its
 * code units.
 */
export const NUMBER_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) NUMBER_CHARS[c] = /^[A-Za-z0-9-]$/.test(String.fromCharCode(c)) ? 1 : 0;

/** The longest application number, in bytes. */
export const MAX_NUMBER_BYTES = 40;

/**
 * Digit strings up to this long are read as integers while their characters are checked: doubles hold them
 * exactly (10^15 < 2^53), and two of one length compare as their integers do, without a call to the builtin
 * string comparison (scan-units.ts).
 */
export const MAX_DIGITS_READ = 15;

/** The integer a digit string of at most MAX_DIGITS_READ digits spells, else -1. */
export function digitValue(number: string): number {
  if (number.length === 0 || number.length > MAX_DIGITS_READ) return -1;
  let value = 0;
  for (let k = 0; k < number.length; k++) {
    const d = number.charCodeAt(k) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
