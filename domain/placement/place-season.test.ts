import { verifyRecord } from '../lottery';
import { placeSeason } from './place-season';
import type { PlacementInput, PlacementResult } from './placement-types';
import { school, season, singles, unit } from './season-fixture';

const placed = (input: PlacementInput): PlacementResult => {
  const outcome = placeSeason(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
};
const statuses = (result: PlacementResult) =>
  Object.fromEntries(result.outcomes.map((o) => [o.applicationNumber, o.status]));

describe('placeSeason without a draw', () => {
  it.each([
    {
      name: 'an empty school keeps every seat spare',
      input: season([school('s1', 5)], []),
      expected: {},
      stats: { admitted: 0, overflow: 0, spare: 5 },
    },
    {
      name: 'a school with zero seats waitlists everyone without drawing',
      input: season([school('s1', 0)], [unit('s1', 'class-1', 'A1'), unit('s1', 'class-2', 'B1')]),
      expected: { A1: 'waitlisted', B1: 'waitlisted' },
      stats: { admitted: 0, overflow: 0, spare: 0 },
    },
    {
      name: 'more seats than applicants admits all and leaves the rest spare',
      input: season([school('s1', 10)], [unit('s1', 'green', 'G1'), unit('s1', 'class-2', 'T1', 'T2')]),
      expected: { G1: 'admitted', T1: 'admitted', T2: 'admitted' },
      stats: { admitted: 3, overflow: 0, spare: 7 },
    },
    {
      name: 'every tier fitting exactly fills the school with no draw',
      input: season(
        [school('s1', 4)],
        [...singles('s1', 'green', 'G', 1), ...singles('s1', 'class-1', 'A', 3)],
      ),
      expected: { G1: 'admitted', A1: 'admitted', A2: 'admitted', A3: 'admitted' },
      stats: { admitted: 4, overflow: 0, spare: 0 },
    },
    {
      name: 'a later tier finds the seats gone and is not drawn',
      input: season(
        [school('s1', 2)],
        [...singles('s1', 'class-1', 'A', 2), ...singles('s1', 'class-2', 'B', 2)],
      ),
      expected: { A1: 'admitted', A2: 'admitted', B1: 'waitlisted', B2: 'waitlisted' },
      stats: { admitted: 2, overflow: 0, spare: 0 },
    },
  ])('$name', ({ input, expected, stats }) => {
    const result = placed(input);
    expect(statuses(result)).toEqual(expected);
    expect(result.records).toEqual([]);
    expect(result.schools[0]).toMatchObject(stats);
    for (const outcome of result.outcomes) {
      expect(outcome.rank).toBeUndefined();
      expect(outcome.reason).toMatch(outcome.status === 'admitted' ? /无需摇号/ : /^名额已满/);
    }
  });
});

describe('placeSeason with a draw', () => {
  const input = season(
    [school('s1', 3)],
    [unit('s1', 'green', 'G1'), ...singles('s1', 'class-1', 'A', 5), ...singles('s1', 'class-2', 'B', 2)],
  );

  it('draws only the first tier that does not fit, for the seats it leaves', () => {
    const result = placed(input);
    expect(result.records).toHaveLength(1);
    const record = result.records[0]!;
    expect(record).toMatchObject({ drawId: '2026-s1-class-1', seats: 2 });
    expect(verifyRecord(record)).toEqual({ valid: true });
    const admitted = result.outcomes.filter((o) => o.status === 'admitted').map((o) => o.applicationNumber);
    expect(admitted.sort()).toEqual(['G1', ...('admitted' in record ? record.admitted : [])].sort());
    expect(statuses(result)).toMatchObject({ B1: 'waitlisted', B2: 'waitlisted' });
  });

  it('gives each drawn child its rank in the record and a reason that states it', () => {
    const result = placed(input);
    const record = result.records[0]!;
    for (const o of result.outcomes.filter((x) => x.tier === 'class-1')) {
      expect(o.drawId).toBe('2026-s1-class-1');
      expect(record.ranking[o.rank! - 1]).toBe(o.applicationNumber);
      expect(o.reason).toContain(`排第 ${o.rank} 位`);
    }
  });

  it('is deterministic: the same input gives the same result', () => {
    expect(placed(input)).toEqual(placed(input));
    expect(JSON.stringify(placed(input))).toBe(JSON.stringify(placed(input)));
  });
});
