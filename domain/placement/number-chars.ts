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
