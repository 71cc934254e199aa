// Admission in one school. Units are admitted whole while a seat remains: if one bound child gets the last
// seat, the bound siblings come too, and the school adds the seats (`overflow`) rather than split a family.
import type { CanonicalUnit } from './canonical-list';

export interface SchoolAdmission {
  /** Application numbers in ranking order, members of a unit in key order. */
  readonly admitted: string[];
  readonly waitlist: string[];
  /** Seats added because a bound unit was admitted at the last seat. */
  readonly overflow: number;
}

export function admitWholeUnits(ranking: readonly CanonicalUnit[], seats: number): SchoolAdmission {
  const admitted: string[] = [];
  const waitlist: string[] = [];
  let remaining = seats;
  for (const unit of ranking) {
    if (remaining > 0) {
      admitted.push(...unit.members);
      remaining -= unit.members.length;
    } else {
      waitlist.push(...unit.members);
    }
  }
  return { admitted, waitlist, overflow: Math.max(0, -remaining) };
}
