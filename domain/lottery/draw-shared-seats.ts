// The shared-seat round of a large district (大学区共享学位): in ranking order each unit takes the first
// school on its list that still has a spare seat, whole, by the same last-seat rule as a school draw.
import type { CanonicalUnit } from './canonical-list';

export interface SharedSeatsAllocation {
  /** Unit key → school id or null, in ranking order. */
  readonly assignments: Record<string, string | null>;
  /** School id → seats left (negative only by the last-seat rule), in the order of `spare`. */
  readonly spareAfter: Record<string, number>;
}

export function assignSharedSeats(
  ranking: readonly CanonicalUnit[],
  preferences: Readonly<Record<string, readonly string[]>>,
  spare: Readonly<Record<string, number>>,
): SharedSeatsAllocation {
  // Maps, not plain-object lookups: ids such as `constructor` or `__proto__` pass the id regexes.
  const left = new Map(Object.entries(spare));
  const wishes = new Map(Object.entries(preferences));
  const assignments: [string, string | null][] = [];
  for (const unit of ranking) {
    const school = (wishes.get(unit.key) ?? []).find((id) => (left.get(id) ?? 0) > 0) ?? null;
    if (school !== null) left.set(school, (left.get(school) ?? 0) - unit.members.length);
    assignments.push([unit.key, school]);
  }
  // fromEntries defines own properties, so even a `__proto__` key survives into the JSON.
  return { assignments: Object.fromEntries(assignments), spareAfter: Object.fromEntries(left) };
}
