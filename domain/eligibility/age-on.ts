import dayjs from 'dayjs';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Guards a YYYY-MM-DD calendar date; dayjs alone would roll 2021-02-29 over to 1 March. */
export function assertIsoDate(date: string, what: string): void {
  if (!ISO_DATE.test(date) || dayjs(date).format('YYYY-MM-DD') !== date) {
    throw new RangeError(`${what} must be a real YYYY-MM-DD date: ${date}`);
  }
}

/**
 * Full years of age on `onDate` (both YYYY-MM-DD). dayjs counts calendar months, so a child born on
 * 29 February turns a year older on 28 February of a common year, the way the bureau counts it.
 * Negative when the child is born after `onDate`.
 */
export function ageOn(birthDate: string, onDate: string): number {
  assertIsoDate(birthDate, 'birthDate');
  assertIsoDate(onDate, 'onDate');
  // `+ 0` turns dayjs' -0 (born a few days after onDate) into a plain 0.
  return dayjs(onDate).diff(dayjs(birthDate), 'year') + 0;
}
