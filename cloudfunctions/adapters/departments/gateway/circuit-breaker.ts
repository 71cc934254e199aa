import type { DepartmentKind } from '../../../../types/models/department-facts';

export interface BreakerSettings {
  failureThreshold: number;
  resetAfterMs: number;
}

type BreakerState =
  { state: 'closed'; failures: number } | { state: 'open'; openedAt: number } | { state: 'half_open' };

/**
 * One circuit breaker per department kind, so a property outage does not stop hukou checks. After
 * `failureThreshold` consecutive failed checks the circuit opens and checks answer at once instead of
 * making parents wait for timeouts; after `resetAfterMs` one trial check goes through (half-open): its
 * success closes the circuit, its failure opens it again for another period.
 */
export const createCircuitBreakers = (settings: BreakerSettings) => {
  const states = new Map<DepartmentKind, BreakerState>();
  const get = (kind: DepartmentKind) => states.get(kind) ?? { state: 'closed', failures: 0 };
  return {
    /** May a check of this kind go out now? Taking the half-open trial slot is part of saying yes. */
    allow(kind: DepartmentKind, nowMs: number): boolean {
      const s = get(kind);
      if (s.state === 'closed') return true;
      if (s.state === 'half_open') return false; // the trial is in flight
      if (nowMs - s.openedAt < settings.resetAfterMs) return false;
      states.set(kind, { state: 'half_open' });
      return true;
    },
    success(kind: DepartmentKind): void {
      states.set(kind, { state: 'closed', failures: 0 });
    },
    failure(kind: DepartmentKind, nowMs: number): void {
      const s = get(kind);
      const failures = s.state === 'closed' ? s.failures + 1 : settings.failureThreshold;
      states.set(
        kind,
        failures >= settings.failureThreshold
          ? { state: 'open', openedAt: nowMs }
          : { state: 'closed', failures },
      );
    },
    state: (kind: DepartmentKind): BreakerState['state'] => get(kind).state,
  };
};
export type CircuitBreakers = ReturnType<typeof createCircuitBreakers>;
