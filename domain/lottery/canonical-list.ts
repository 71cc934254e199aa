// The canonical list is what the operator publishes before the ceremony: it fixes who takes part and in which
// starting order, so the ranking depends on nothing but the list, the secret and the public entropy.
import { toHex } from './hex';
import { sha256 } from './sha256';
import { encodeUtf8 } from './utf8';

/** A unit (one child, or bound twins/multiples) with its members in key order. */
export interface CanonicalUnit {
  readonly key: string;
  readonly members: readonly string[];
}

/**
 * Byte order of the UTF-8 text. JS compares strings by UTF-16 code units, which is the same order for ASCII,
 * and the input regexes allow only ASCII in application numbers (and `+`, `\n` are ASCII too).
 */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The unit's key: its application numbers sorted and joined with `+`. */
export function canonicalUnit(applicationNumbers: readonly string[]): CanonicalUnit {
  // Most units are one child: no sort, no join (a season keys hundreds of thousands of them).
  if (applicationNumbers.length === 1)
    return { key: applicationNumbers[0]!, members: [applicationNumbers[0]!] };
  const members = [...applicationNumbers].sort(byteOrder);
  return { key: members.join('+'), members };
}

/** The units in canonical order (keys sorted), which is the starting order of the shuffle. */
export function canonicalUnits(units: readonly (readonly string[])[]): CanonicalUnit[] {
  return units.map(canonicalUnit).sort((x, y) => byteOrder(x.key, y.key));
}

/** The canonical list text: keys joined with `\n`, no trailing newline. */
export function canonicalList(sorted: readonly CanonicalUnit[]): string {
  return sorted.map((unit) => unit.key).join('\n');
}

/** `listHash`: lowercase hex SHA-256 of the canonical list. */
export function listHash(sorted: readonly CanonicalUnit[]): string {
  return toHex(sha256(encodeUtf8(canonicalList(sorted))));
}

/** `commitment`: lowercase hex SHA-256 of the secret, published before the ceremony. */
export function commitment(secret: string): string {
  return toHex(sha256(encodeUtf8(secret)));
}
