import type { DepartmentKind } from '../../types/models/department-facts';
import type { FaultConfig } from './fault-config';
import { mulberry32 } from './prng';

export type Fault = 'down' | 'error' | 'timeout' | 'malformed' | 'bad_signature';

/** Decides, request by request, which fault (if any) to inject; deterministic for a given seed. */
export const createFaultPlan = (seed: number, initial: FaultConfig = {}) => {
  const roll = mulberry32(seed ^ 0x5eed);
  let config = initial;
  const hit = (p: number | undefined) => roll() < (p ?? 0);
  return {
    get: (): FaultConfig => config,
    set: (next: FaultConfig): void => {
      config = next;
    },
    /** Faults of the transport, decided before the request is looked at. */
    beforeRequest(kind: DepartmentKind): Fault | null {
      if (config.down?.includes(kind)) return 'down';
      if (hit(config.errorRate)) return 'error';
      if (hit(config.timeoutRate)) return 'timeout';
      return null;
    },
    /** Faults of the answer, decided once the department has one. */
    beforeAnswer(): Fault | null {
      if (hit(config.malformedRate)) return 'malformed';
      if (hit(config.badSignatureRate)) return 'bad_signature';
      return null;
    },
  };
};
export type FaultPlan = ReturnType<typeof createFaultPlan>;
