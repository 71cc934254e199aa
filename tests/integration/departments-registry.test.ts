import { parseIdNumber } from '../../domain/id-number/parse-id-number';
import { buildZoneMatcher } from '../../domain/zone/zone-matcher';
import { createSyntheticRegistry, HOUSEHOLD_PROFILES } from '../../server/department-simulator';
import { DEMO_ZONES } from '../../server/seed/demo-zones';
import { departmentFactsSchemas, departmentKindSchema } from '../../types/models/department-facts';

const registry = createSyntheticRegistry(7, 10_000);

describe('the synthetic registry', () => {
  it('is deterministic: same seed and size, same data; another seed, other data', () => {
    expect(createSyntheticRegistry(7, 10_000).fingerprint()).toBe(registry.fingerprint());
    expect(createSyntheticRegistry(8, 10_000).fingerprint()).not.toBe(registry.fingerprint());
  });

  it('holds at least 10,000 households with unique, valid ID numbers', () => {
    expect(registry.households.length).toBeGreaterThanOrEqual(10_000);
    const ids = registry.households.flatMap((h) => [h.guardianIdNumber, h.childIdNumber]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const h of registry.households) {
      const child = parseIdNumber(h.childIdNumber);
      expect(child.ok && child.value.birthDate >= '2019-09-01' && child.value.birthDate <= '2020-08-31').toBe(
        true,
      );
      expect(parseIdNumber(h.guardianIdNumber).ok).toBe(true);
    }
  });

  it('covers every profile, and every record satisfies its facts schema', () => {
    const counts = new Map<string, number>();
    for (const h of registry.households) {
      counts.set(h.profile, (counts.get(h.profile) ?? 0) + 1);
      for (const kind of departmentKindSchema.options) {
        const facts = h.records[kind];
        if (facts) expect(departmentFactsSchemas[kind].safeParse(facts).success).toBe(true);
      }
    }
    for (const p of HOUSEHOLD_PROFILES) expect(counts.get(p) ?? 0).toBeGreaterThan(50);
  });

  it('puts in-zone households at addresses the zone rules match to one school', () => {
    const matcher = buildZoneMatcher(DEMO_ZONES);
    const owners = registry.households.filter((h) => h.profile === 'owner_in_zone').slice(0, 500);
    for (const h of owners) {
      const hukou = matcher.match({ stage: 'primary', address: h.records.hukou?.address });
      const home = matcher.match({ stage: 'primary', address: h.records.property?.address });
      expect(hukou.status).toBe('matched');
      expect(home.candidates[0]?.zoneId).toBe(hukou.candidates[0]?.zoneId);
    }
    const split = registry.households.filter((h) => h.profile === 'split_zones').slice(0, 200);
    for (const h of split) {
      const a = matcher.match({ stage: 'primary', address: h.records.hukou?.address });
      const b = matcher.match({ stage: 'primary', address: h.records.property?.address });
      expect(a.candidates[0]?.zoneId).not.toBe(b.candidates[0]?.zoneId);
    }
  });

  it('separates migrants with enough social insurance from those without', () => {
    const months = (p: string) =>
      registry.households
        .filter((h) => h.profile === p)
        .map((h) => h.records.social_insurance?.monthsPaid ?? 0);
    expect(Math.min(...months('renter'))).toBeGreaterThanOrEqual(24);
    expect(Math.max(...months('migrant_short'))).toBeLessThan(12);
    const military = registry.households.filter((h) => h.profile === 'military');
    expect(new Set(military.map((h) => h.records.military?.status))).toEqual(
      new Set(['active', 'martyr', 'died_on_duty']),
    );
  });

  it('answers only for the guardian and child together', () => {
    const [a, b] = registry.households;
    expect(registry.lookup('hukou', a!.guardianIdNumber, a!.childIdNumber)).toEqual(a!.records.hukou ?? null);
    expect(registry.lookup('hukou', a!.guardianIdNumber, b!.childIdNumber)).toBeNull();
  });
});
