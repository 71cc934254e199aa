import { assignPositions, drawSchool, drawSharedSeats, positionalUnits } from './draw-positions';
import { recordSchoolDraw, recordSharedSeatsDraw } from './draw-record';
import { stringKeys } from './unit-keys';

const params = { drawId: 'd-1', secret: 'secret-secret-secret', publicEntropy: '42' };

describe('draws on positions give the records of the plain functions', () => {
  it.each([
    ['units out of key order, twins', [['B2'], ['A9', 'A1'], ['C1'], ['A5'], ['B1']], 2],
    ['twins over the last seat', [['A1'], ['T2', 'T1'], ['A2'], ['A3']], 1],
    ['more seats than children', [['A1'], ['A2', 'A3']], 9],
    ['integer-like numbers', [['17'], ['5'], ['123', '99'], ['A1']], 2],
  ])('drawSchool: %s', (_, units, seats) => {
    const { record, order, admittedUnits, admittedChildren } = drawSchool(
      { ...params, seats },
      positionalUnits(units),
    );
    const plain = recordSchoolDraw({ ...params, seats, units });
    expect(JSON.stringify(record)).toBe(JSON.stringify(plain));
    expect(record).toEqual(plain);
    expect(Array.from(order, (i) => units[i]!.slice().sort().join('+'))).toEqual(plain.ranking);
    expect(admittedChildren).toBe(plain.admitted.length);
    const firstWaiting = units[order[admittedUnits]!];
    if (firstWaiting) expect(plain.waitlist[0]).toBe(firstWaiting.slice().sort()[0]);
  });

  it('drawSchool: a record read field by field, or written to, behaves as plain data', () => {
    const units = [['B2'], ['A1'], ['C1']];
    const { record } = drawSchool({ ...params, seats: 1 }, positionalUnits(units));
    const plain = recordSchoolDraw({ ...params, seats: 1, units });
    expect(record.waitlist).toEqual(plain.waitlist);
    expect(Object.keys(record)).toEqual(Object.keys(plain));
    record.ranking = ['x'];
    expect(record.ranking).toEqual(['x']);
    expect(Object.keys(record)).toEqual(Object.keys(plain));
    expect({ ...record, ranking: plain.ranking }).toEqual(plain);
    const frozen = Object.freeze(drawSchool({ ...params, seats: 1 }, positionalUnits(units)).record);
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(plain));
  });

  it.each([
    ['application-order keys', ['K3', 'K1+K2', 'K9']],
    ['integer-like keys, which an object lists first', ['K3', '17', '5', 'K1']],
  ])('drawSharedSeats: %s', (_, keys) => {
    const prefs = keys.map((_, i) => (i % 2 ? ['x', 'y'] : ['y']));
    const spare = { y: 1, x: 1, '7': 0 };
    const entrants = {
      keys: stringKeys(keys),
      size: (i: number) => keys[i]!.split('+').length,
      prefs: (i: number) => prefs[i]!,
    };
    const { record, order, schoolIds, assigned } = drawSharedSeats({ ...params, spare }, entrants);
    const preferences = Object.fromEntries(keys.map((k, i) => [k, prefs[i]!]));
    const plain = recordSharedSeatsDraw({ ...params, spare, preferences });
    expect(JSON.stringify(record)).toBe(JSON.stringify(plain));
    expect(record).toEqual(plain);
    expect(Array.from(order, (i) => keys[i])).toEqual(plain.ranking);
    keys.forEach((key, i) => expect(schoolIds[assigned[i]!] ?? null).toBe(plain.assignments[key]));
    // Wishes given as slots of the spare schools decide the same.
    const slots = prefs.map((ids) => ids.map((id) => Object.keys(spare).indexOf(id)));
    const start = Int32Array.from([0, ...slots.map((_, i) => slots.slice(0, i + 1).flat().length)]);
    const wishes = { start, slots: Int32Array.from(slots.flat()) };
    const again = drawSharedSeats({ ...params, spare }, { ...entrants, wishes });
    expect(JSON.stringify(again.record)).toBe(JSON.stringify(plain));
    expect(again.assigned).toEqual(assigned);
  });
});

describe('assignPositions: the shared round assignment, with units that pass their turn', () => {
  // Entrant i's wishes are slots[start[i] .. start[i + 1]).
  const wishes = (lists: number[][]) => {
    const start = new Int32Array(lists.length + 1);
    lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
    return { start, slots: Int32Array.from(lists.flat()) };
  };

  it('gives the seat a skipped unit would have taken to the next unit that wants it', () => {
    const order = Int32Array.from([2, 0, 1]);
    const lists = wishes([[0], [1, 0], [0, 1]]);
    const size = () => 1;
    expect(Array.from(assignPositions(order, lists, [1, 1], size))).toEqual([-1, 1, 0]);
    expect(Array.from(assignPositions(order, lists, [1, 1], size, (i) => i === 2))).toEqual([0, 1, -1]);
  });

  it('never leaves a unit still in the round with a school it wanted less', () => {
    // A small seeded generator (an LCG): the same 400 rounds on every run.
    let state = 12345;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    for (let round = 0; round < 400; round++) {
      const n = 1 + next(12);
      const schools = 1 + next(4);
      const spare = Array.from({ length: schools }, () => next(4));
      const sizes = Array.from({ length: n }, () => 1 + (next(5) === 0 ? 1 : 0));
      const lists = Array.from({ length: n }, () => {
        const all = Array.from({ length: schools }, (_, s) => s).sort(() => next(3) - 1);
        return all.slice(0, 1 + next(schools));
      });
      const order = Int32Array.from(Array.from({ length: n }, (_, i) => i).sort(() => next(3) - 1));
      const gone = Array.from({ length: n }, () => next(3) === 0);
      const size = (i: number) => sizes[i]!;
      const before = assignPositions(order, wishes(lists), spare.slice(), size);
      const after = assignPositions(order, wishes(lists), spare.slice(), size, (i) => gone[i]!);
      const choice = (i: number, s: number) => (s < 0 ? Infinity : lists[i]!.indexOf(s));
      for (let i = 0; i < n; i++) {
        if (gone[i]) expect(after[i]).toBe(-1);
        else expect(choice(i, after[i]!)).toBeLessThanOrEqual(choice(i, before[i]!));
      }
    }
  });
});
