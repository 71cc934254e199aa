/**
 * The form an ID number leaves the backend in unless the caller's role needs it in full:
 * region (6) + eight stars + last four, e.g. 510703********1234. Enough for a parent to recognise the
 * child, not enough to reveal the birth date.
 */
export function maskIdNumber(id18: string): string {
  if (id18.length !== 18) throw new RangeError('maskIdNumber expects an 18-character ID number');
  return `${id18.slice(0, 6)}********${id18.slice(14)}`;
}
