import { checkDigit } from './check-digit';

/**
 * Builds a valid 18-digit ID number for tests and seed data: region + birth date + sequence + the
 * computed check digit. The sequence's last digit sets the sex (odd = male).
 */
export function makeIdNumber(region: string, birthDate: string, seq3: string): string {
  if (!/^\d{6}$/.test(region)) throw new RangeError(`region must be 6 digits: ${region}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate))
    throw new RangeError(`birthDate must be YYYY-MM-DD: ${birthDate}`);
  if (!/^\d{3}$/.test(seq3)) throw new RangeError(`seq3 must be 3 digits: ${seq3}`);
  const first17 = `${region}${birthDate.replace(/-/g, '')}${seq3}`;
  return first17 + checkDigit(first17);
}
