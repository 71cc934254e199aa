import type { ClockMove } from '../../../server/clock/clock-endpoint';

/**
 * The local server's clock (CLOCK_CONTROL=1 or DEMO_SCENARIO=lottery; loopback only): read it, or move it
 * forward past a deadline. Sessions are judged by this clock, so log in again after a move of hours.
 */
export const readClock = async (baseUrl: string): Promise<Date> => {
  const res = await fetch(`${baseUrl}/__clock`);
  if (!res.ok) throw new Error(`__clock answered ${res.status}: ${await res.text()}`);
  return new Date(((await res.json()) as { now: string }).now);
};

export const moveClock = async (baseUrl: string, move: ClockMove): Promise<Date> => {
  const res = await fetch(`${baseUrl}/__clock`, { method: 'POST', body: JSON.stringify(move) });
  if (!res.ok) throw new Error(`__clock answered ${res.status}: ${await res.text()}`);
  return new Date(((await res.json()) as { now: string }).now);
};
