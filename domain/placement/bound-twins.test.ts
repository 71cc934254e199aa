import { verifyRecord } from '../lottery';
import { placeSeason } from './place-season';
import type { PlacementInput, PlacementResult } from './placement-types';
import { school, season, unit, wants } from './season-fixture';

const placed = (input: PlacementInput): PlacementResult => {
  const outcome = placeSeason(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
};
const byNumber = (result: PlacementResult, n: string) =>
  result.outcomes.find((o) => o.applicationNumber === n)!;

describe('bound twins are placed together', () => {
  // Two seats, and entropy chosen (by search, deterministically) so the twins are drawn second: one seat left.
  const units = [unit('s1', 'class-1', 'A1'), unit('s1', 'class-1', 'T2', 'T1'), unit('s1', 'class-1', 'A2')];
  const atLastSeat = Array.from({ length: 200 }, (_, i) =>
    season([school('s1', 2)], units, [], `e${i}`),
  ).find((input) => placed(input).records[0]?.ranking[1] === 'T1+T2')!;

  it('admits both twins at the last seat and counts the extra seat as overflow', () => {
    const result = placed(atLastSeat);
    expect(byNumber(result, 'T1')).toMatchObject({ status: 'admitted', rank: 2 });
    expect(byNumber(result, 'T2')).toMatchObject({ status: 'admitted', rank: 2 });
    expect(result.schools[0]).toMatchObject({ seats: 2, admitted: 3, overflow: 1, spare: 0 });
    expect(verifyRecord(result.records[0])).toEqual({ valid: true });
  });

  it('waitlists both twins together, with one reason, when they are drawn after the seats run out', () => {
    const input = Array.from({ length: 200 }, (_, i) => season([school('s1', 1)], units, [], `w${i}`)).find(
      (candidate) => placed(candidate).records[0]?.ranking[2] === 'T1+T2',
    )!;
    const [t1, t2] = [byNumber(placed(input), 'T1'), byNumber(placed(input), 'T2')];
    expect(t1).toMatchObject({ status: 'waitlisted', rank: 3 });
    expect({ ...t2, applicationNumber: 'T1' }).toEqual(t1);
  });

  it('takes the last shared seat whole, the district adding a seat', () => {
    // s1's one seat goes to the green channel, so the twins wait at s1 and try s2's one spare seat.
    const input = season(
      [school('s1', 1), school('s2', 1)],
      [unit('s1', 'green', 'G1'), unit('s1', 'class-1', 'T1', 'T2')],
      [wants('south', ['T2', 'T1'], 's2')],
    );
    const result = placed(input);
    expect(result.records).toHaveLength(1);
    expect(verifyRecord(result.records[0])).toEqual({ valid: true });
    for (const twin of ['T1', 'T2']) {
      expect(byNumber(result, twin)).toMatchObject({
        status: 'shared_admitted',
        schoolId: 's2',
        rank: 1,
        drawId: '2026-shared-south',
        tier: 'class-1',
      });
    }
    expect(result.schools[1]).toMatchObject({ spare: 1, sharedAdmitted: 2, sharedOverflow: 1 });
  });
});
