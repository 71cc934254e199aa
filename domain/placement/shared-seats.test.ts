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

  describe('after units leave the committed round (sharedLeft)', () => {
    const requests = ['A1', 'A2', 'A3'].map((n) => wants('south', [n], 's2'));
    const drawn = placed(season(schools, units, requests));
    const record = drawn.records.find((r) => r.drawId === '2026-shared-south')!;
    const [first, second, third] = record.ranking as string[];

    it('passes the seat a leaver won down the ranking; the record and the ranks stay as drawn', () => {
      const result = placed({ ...season(schools, units, requests), sharedLeft: [first!] });
      const again = result.records.find((r) => r.drawId === '2026-shared-south')!;
      expect(JSON.stringify(again)).toBe(JSON.stringify(record));
      expect(byNumber(result, first!)).toMatchObject({ status: 'waitlisted', schoolId: 's1' });
      expect(byNumber(result, first!).reason).toMatch(/排第 1 位；名单公布后已不再候补.*不占用共享学位/);
      expect(byNumber(result, second!)).toMatchObject({ status: 'shared_admitted', schoolId: 's2', rank: 2 });
      expect(byNumber(result, third!)).toMatchObject({ status: 'shared_admitted', schoolId: 's2', rank: 3 });
      expect(byNumber(result, third!).reason).toContain('本轮有 1 个报名单元在名单公布后不再候补');
      expect(result.schools[1]).toMatchObject({ spare: 2, sharedAdmitted: 2 });
    });

    it('changes nothing for a leaver who had won no seat, but says so', () => {
      const result = placed({ ...season(schools, units, requests), sharedLeft: [third!, 'NOT-AN-ENTRANT'] });
      expect(byNumber(result, first!)).toMatchObject({ status: 'shared_admitted', rank: 1 });
      expect(byNumber(result, second!)).toMatchObject({ status: 'shared_admitted', rank: 2 });
      expect(byNumber(result, third!)).toMatchObject({ status: 'waitlisted', schoolId: 's1' });
      expect(byNumber(result, third!).reason).toContain('不占用共享学位');
    });

    it('takes bound twins out only when both have left, and ends a shared-only leaver unplaced', () => {
      const twins = [...units, unit('s1', 'class-1', 'T1', 'T2')];
      const asks = [wants('south', ['T1', 'T2'], 's2'), wants('south', ['X1'], 's2')];
      const one = placed({ ...season(schools, twins, asks), sharedLeft: ['T1'] });
      const both = placed({ ...season(schools, twins, asks), sharedLeft: ['T1', 'T2', 'X1'] });
      expect(byNumber(one, 'T1').reason).not.toContain('不占用共享学位');
      expect(byNumber(both, 'T1').reason).toContain('不占用共享学位');
      expect(byNumber(both, 'T2').reason).toContain('不占用共享学位');
      expect(byNumber(both, 'X1')).toMatchObject({ status: 'unplaced', schoolId: null });
      expect(byNumber(both, 'X1').reason).toMatch(/仅申请了大学区共享学位.*不占用共享学位/);
    });

    it('refuses a sharedLeft that is not a list of numbers', () => {
      const input = { ...season(schools, units, requests), sharedLeft: [7] as unknown as string[] };
      const outcome = placeSeason(input);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.problems.map((p) => p.code)).toEqual(['invalid_shared_left']);
    });
  });
});
