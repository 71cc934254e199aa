import fs from 'node:fs';
import path from 'node:path';
import { buildZoneMatcher } from '../../domain/zone/zone-matcher';
import { DEMO_FAMILIES, type DepartmentSimulator } from '../../server/department-simulator';
import { DEMO_ZONES } from '../../server/seed/demo-zones';
import { departmentKindSchema } from '../../types/models/department-facts';
import { queryFor, startSimulator, testGateway } from './support/departments-harness';

let sim: DepartmentSimulator;
beforeAll(async () => {
  sim = await startSimulator({ households: 10_000 });
});
afterAll(() => sim.close());

const KINDS = departmentKindSchema.options;
const families = Object.entries(DEMO_FAMILIES);

describe('named demo families through gateway → simulator', () => {
  it.each(families)('%s: every department answers what the family story says', async (_key, family) => {
    const { gateway } = testGateway(sim.url);
    for (const kind of KINDS) {
      const answer = await gateway.check(queryFor(family, kind));
      const expected = family.records[kind];
      if (expected) expect(answer).toMatchObject({ outcome: 'found', kind, facts: expected });
      else expect(answer).toMatchObject({ outcome: 'not_found', kind });
      expect(answer).toHaveProperty('responseHash', expect.stringMatching(/^[0-9a-f]{64}$/));
    }
  });

  it('answers not_found for a child who is not in that guardian’s household', async () => {
    const { gateway } = testGateway(sim.url);
    const mixed = {
      guardianIdNumber: DEMO_FAMILIES.standard.guardianIdNumber,
      childIdNumber: DEMO_FAMILIES.renter.childIdNumber,
    };
    for (const kind of KINDS)
      expect(await gateway.check(queryFor(mixed, kind))).toMatchObject({ outcome: 'not_found' });
  });

  it('places the demo addresses in the zones their stories name', () => {
    const matcher = buildZoneMatcher(DEMO_ZONES);
    const zoneOf = (address: Parameters<typeof matcher.match>[0]['address']) => {
      const m = matcher.match({ stage: 'primary', address });
      return m.status === 'matched' ? m.candidates[0]?.zoneId : m.status;
    };
    expect(zoneOf(DEMO_FAMILIES.standard.records.hukou?.address)).toBe('z-south-1');
    expect(zoneOf(DEMO_FAMILIES.splitZones.records.hukou?.address)).toBe('z-south-3');
    expect(zoneOf(DEMO_FAMILIES.splitZones.records.property?.address)).toBe('z-north-3');
    expect(zoneOf(DEMO_FAMILIES.renter.records.residence_permit?.rentalAddress)).toBe('z-north-1');
    expect(zoneOf(DEMO_FAMILIES.talent.records.hukou?.address)).toBe('z-west-1');
  });

  it('gives every demo child a birth date in the 2026 primary intake and a matching ID number', () => {
    for (const [, f] of families) {
      expect(f.childBirthDate >= '2019-09-01' && f.childBirthDate <= '2020-08-31').toBe(true);
      expect(f.childIdNumber.slice(6, 14)).toBe(f.childBirthDate.replace(/-/g, ''));
    }
  });

  it('are listed in docs/departments.md with their ID numbers', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/departments.md'), 'utf8');
    const rows = doc.split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
    for (const [key, f] of families) {
      const row = rows.find((cells) => cells[1] === `\`${key}\`` && cells.length > 8);
      expect(row?.slice(2, 7)).toEqual([
        f.guardianName,
        f.guardianIdNumber,
        f.childName,
        f.childIdNumber,
        f.childBirthDate,
      ]);
    }
  });

  it('never logs ID numbers or facts, only kind, requestId, outcome and latency', async () => {
    const { gateway, logs } = testGateway(sim.url);
    const f = DEMO_FAMILIES.standard;
    await gateway.check(queryFor(f, 'hukou'));
    const logged = JSON.stringify(logs);
    expect(logs).toHaveLength(1);
    expect(logged).not.toContain(f.guardianIdNumber);
    expect(logged).not.toContain(f.childIdNumber);
    expect(logged).not.toContain('南湖路');
    expect(Object.keys(logs[0] ?? {}).sort()).toEqual([
      'attempts',
      'kind',
      'latencyMs',
      'outcome',
      'requestId',
    ]);
  });
});
