/** Time comes through a port so that deadlines can be tested without waiting for them. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
