import { createHash } from 'node:crypto';
import type { PlacementInput } from '../domain/placement';

/**
 * "The naive verifiable design": one SHA-256 ticket per applicant (node:crypto, seeded by the draw's secret and
 * entropy), then every school's tiers sorted by ticket and filled by the same rule (whole tiers while they fit,
 * whole units at the last seat), then the shared round sorted by ticket too. Every child gets an outcome.
 */
export function naivePlacement(input: PlacementInput): { applicationNumber: string; status: string }[] {
  const tiers = new Map(input.tiers.map((tier, t) => [tier, t]));
  const cells = new Map<string, { key: string; numbers: readonly string[]; ticket: string }[]>();
  const applied = new Set<string>();
  for (const unit of input.units) {
    const key = [...unit.applicationNumbers].sort().join('+');
    applied.add(key);
    const { secret, publicEntropy } = input.drawParams(unit.schoolId, unit.tier);
    const ticket = createHash('sha256').update(`${secret}\n${publicEntropy}\n${key}`).digest('hex');
    const cell = `${unit.schoolId}|${tiers.get(unit.tier)}`;
    if (!cells.has(cell)) cells.set(cell, []);
    cells.get(cell)!.push({ key, numbers: unit.applicationNumbers, ticket });
  }
  const outcomes: { applicationNumber: string; status: string }[] = [];
  const waiting = new Set<string>();
  const spare = new Map<string, number>();
  for (const school of input.schools) {
    let remaining = school.seats;
    input.tiers.forEach((_, t) => {
      const units = (cells.get(`${school.id}|${t}`) ?? []).sort((a, b) => (a.ticket < b.ticket ? -1 : 1));
      for (const unit of units) {
        const admitted = remaining > 0;
        if (admitted) remaining -= unit.numbers.length;
        else waiting.add(unit.key);
        for (const n of unit.numbers)
          outcomes.push({ applicationNumber: n, status: admitted ? 'admitted' : 'waitlisted' });
      }
    });
    spare.set(school.id, Math.max(0, remaining));
  }
  const districtOf = new Map(input.schools.map((school) => [school.id, school.largeDistrictId]));
  const requests = [
    ...input.units
      .filter((unit) => unit.sharedSchoolIds !== undefined)
      .map((unit) => ({
        applicationNumbers: unit.applicationNumbers,
        largeDistrictId: districtOf.get(unit.schoolId)!,
        schoolIds: unit.sharedSchoolIds!,
      })),
    ...(input.sharedOnly ?? []),
  ];
  const entrants = requests.map((request) => {
    const key = [...request.applicationNumbers].sort().join('+');
    const { secret, publicEntropy } = input.sharedDrawParams(request.largeDistrictId);
    const ticket = createHash('sha256').update(`${secret}\n${publicEntropy}\n${key}`).digest('hex');
    return { key, request, ticket };
  });
  entrants.sort((a, b) => (a.ticket < b.ticket ? -1 : 1));
  for (const { key, request } of entrants) {
    const shared = waiting.has(key) || !applied.has(key);
    const school = shared ? request.schoolIds.find((id) => (spare.get(id) ?? 0) > 0) : undefined;
    if (school !== undefined) spare.set(school, spare.get(school)! - request.applicationNumbers.length);
  }
  return outcomes;
}
