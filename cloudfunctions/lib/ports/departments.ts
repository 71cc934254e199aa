import type { DepartmentFacts, DepartmentKind } from '../../../types/models/department-facts';

/** One question to one department about one family. Asked only after guardian consent. */
export interface DepartmentQuery<K extends DepartmentKind = DepartmentKind> {
  kind: K;
  childIdNumber: string;
  guardianIdNumber: string;
  /** Why we ask (audited on both sides), e.g. '2026 义务教育入学报名核验'. */
  purpose: string;
  /** Our id for this question: echoed by the department, so an answer cannot be swapped. */
  requestId: string;
}

export type UnavailableReason =
  'timeout' | 'server_error' | 'bad_response' | 'bad_signature' | 'circuit_open';

export type DepartmentAnswer<K extends DepartmentKind = DepartmentKind> =
  | { outcome: 'found'; kind: K; facts: DepartmentFacts[K]; checkedAt: string; responseHash: string }
  | { outcome: 'not_found'; kind: K; checkedAt: string; responseHash: string }
  | { outcome: 'unavailable'; kind: K; reason: UnavailableReason; checkedAt: string };

/**
 * The Departments port. Production: the signed HTTP gateway to the government data-sharing platform
 * (adapters/departments/gateway). Locally: the same gateway pointed at the simulator on loopback.
 * It never throws for a department's fault: an outage is an `unavailable` answer.
 */
export interface Departments {
  check<K extends DepartmentKind>(query: DepartmentQuery<K>): Promise<DepartmentAnswer<K>>;
}
