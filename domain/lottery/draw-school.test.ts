import { canonicalUnit } from './canonical-list';
import { admitWholeUnits } from './draw-school';

const ranking = (...units: string[][]) => units.map(canonicalUnit);

describe('admitWholeUnits', () => {
  it('admits twins whole at the last seat and reports the extra seat as overflow', () => {
    expect(admitWholeUnits(ranking(['A1'], ['A3', 'A2'], ['A4']), 2)).toEqual({
      admitted: ['A1', 'A2', 'A3'],
      waitlist: ['A4'],
      overflow: 1,
    });
  });

  it('triplets at the last seat add two seats', () => {
    expect(admitWholeUnits(ranking(['A5', 'A6', 'A7'], ['A1']), 1)).toEqual({
      admitted: ['A5', 'A6', 'A7'],
      waitlist: ['A1'],
      overflow: 2,
    });
  });

  it('stops exactly when seats run out, with no overflow', () => {
    expect(admitWholeUnits(ranking(['A1', 'A2'], ['A3'], ['A4']), 3)).toEqual({
      admitted: ['A1', 'A2', 'A3'],
      waitlist: ['A4'],
      overflow: 0,
    });
  });

  it('waitlists a later single even when the overflowing twins used "its" seat', () => {
    expect(admitWholeUnits(ranking(['B1', 'B2'], ['B3']), 1).waitlist).toEqual(['B3']);
  });

  it('admits nobody with no seats, and everybody with more seats than children', () => {
    expect(admitWholeUnits(ranking(['A1']), 0)).toEqual({ admitted: [], waitlist: ['A1'], overflow: 0 });
    expect(admitWholeUnits(ranking(['A1'], ['A2']), 9)).toEqual({
      admitted: ['A1', 'A2'],
      waitlist: [],
      overflow: 0,
    });
  });
});
