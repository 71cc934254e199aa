import { verifyRecord } from '../lottery';
import { placeSeason } from './place-season';
import type { PlacementInput, PlacementResult } from './placement-types';
import { school, season, singles, unit, wants } from './season-fixture';

const placed = (input: PlacementInput): PlacementResult => {
  const outcome = placeSeason(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
};
const byNumber = (result: PlacementResult, n: string) =>
  result.outcomes.find((o) => o.applicationNumber === n)!;

describe('the shared-seat round of a large district', () => {
  // s1 is full after its green channel; s2 has two spare seats; s3 is in another large district.
  const schools = [school('s1', 1), school('s2', 3), school('s3', 5, 'north')];
  const units = [unit('s1', 'green', 'G1'), ...singles('s1', 'class-1', 'A', 3), unit('s2', 'class-1', 'B1')];

  it('gives spare seats to waitlisted units that opted in, in the order of a verifiable draw', () => {
    const requests = ['A1', 'A2', 'A3'].map((n) => wants('south', [n], 's2'));
    const result = placed(season(schools, units, requests));
    const record = result.records.find((r) => r.drawId === '2026-shared-south')!;
    expect(verifyRecord(record)).toEqual({ valid: true });
    expect(record).toMatchObject({ spare: { s1: 0, s2: 2 } });
    const [first, second, third] = record.ranking;
    expect(byNumber(result, first!)).toMatchObject({ status: 'shared_admitted', schoolId: 's2', rank: 1 });
    expect(byNumber(result, second!)).toMatchObject({ status: 'shared_admitted', schoolId: 's2', rank: 2 });
    expect(byNumber(result, third!)).toMatchObject({ status: 'waitlisted', schoolId: 's1' });
    expect(byNumber(result, third!).reason).toMatch(/名额已满.*共享学位摇号.*排第 3 位/);
    expect(result.schools[1]).toMatchObject({ admitted: 1, spare: 2, sharedAdmitted: 2, sharedOverflow: 0 });
  });

  it('keeps an admitted child who also opted in out of the round', () => {
    const result = placed(season(schools, units, [wants('south', ['G1'], 's2')]));
    expect(result.records).toEqual([]);
    expect(byNumber(result, 'G1')).toMatchObject({ status: 'admitted', schoolId: 's1' });
  });

  it('holds no draw when the district has no spare seat, and says so', () => {
    const full = [school('s1', 1), school('s2', 1)];
    const requests = [wants('south', ['A1'], 's2'), wants('south', ['X1'], 's1', 's2')];
    const result = placed(season(full, units, requests));
    expect(result.records).toEqual([]);
    expect(byNumber(result, 'A1')).toMatchObject({ status: 'waitlisted', schoolId: 's1' });
    expect(byNumber(result, 'A1').reason).toContain('未进行共享学位摇号');
    expect(byNumber(result, 'X1')).toMatchObject({ status: 'unplaced', schoolId: null, tier: null });
  });

  it('places a unit that applied only for shared seats, or leaves it unplaced with its rank', () => {
    const requests = [
      wants('south', ['X1'], 's1', 's2'),
      wants('south', ['X2'], 's2'),
      wants('south', ['X3'], 's2'),
    ];
    const result = placed(season([school('s1', 0), school('s2', 2)], [], requests));
    const got = ['X1', 'X2', 'X3'].map((n) => byNumber(result, n));
    expect(got.filter((o) => o.status === 'shared_admitted')).toHaveLength(2);
    const loser = got.find((o) => o.status !== 'shared_admitted')!;
    expect(loser).toMatchObject({ status: 'unplaced', schoolId: null, rank: 3, drawId: '2026-shared-south' });
  });
});
