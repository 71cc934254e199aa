import type { Rng } from './prng';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` plus `days`, in UTC so that the result never depends on the machine's time zone. */
export const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A date between two ISO dates inclusive. Synthetic data never reads the clock: same seed, same data. */
export const dateBetween = (rng: Rng, from: string, to: string): string => {
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
  return addDays(from, rng.int(0, span));
};
