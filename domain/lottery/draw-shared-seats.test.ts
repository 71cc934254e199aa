import { canonicalUnit } from './canonical-list';
import { assignSharedSeats } from './draw-shared-seats';

const ranking = (...keys: string[]) => keys.map((key) => canonicalUnit(key.split('+')));

describe('assignSharedSeats', () => {
  it('gives each unit, in ranking order, the first school on its list with a spare seat', () => {
    const result = assignSharedSeats(
      ranking('S1', 'S2', 'S3'),
      { S1: ['a', 'b'], S2: ['a', 'b'], S3: ['a'] },
      { a: 1, b: 1 },
    );
    expect(result.assignments).toEqual({ S1: 'a', S2: 'b', S3: null });
    expect(result.spareAfter).toEqual({ a: 0, b: 0 });
  });

  it('places twins whole at the last seat, taking the school below zero', () => {
    const result = assignSharedSeats(
      ranking('T1+T2', 'S1'),
      { 'T1+T2': ['a'], S1: ['a', 'b'] },
      { a: 1, b: 0 },
    );
    expect(result.assignments).toEqual({ 'T1+T2': 'a', S1: null });
    expect(result.spareAfter).toEqual({ a: -1, b: 0 });
  });

  it('lists assignments in ranking order and spareAfter in the order of spare', () => {
    const result = assignSharedSeats(ranking('S2', 'S1'), { S1: ['y'], S2: ['x'] }, { y: 1, x: 1 });
    expect(Object.keys(result.assignments)).toEqual(['S2', 'S1']);
    expect(Object.keys(result.spareAfter)).toEqual(['y', 'x']);
  });

  it('treats ids that collide with Object.prototype as plain ids', () => {
    const spare = JSON.parse('{"__proto__": 1, "toString": 0}') as Record<string, number>;
    const result = assignSharedSeats(
      ranking('constructor', 'S1'),
      { constructor: ['toString', '__proto__'], S1: ['__proto__'] },
      spare,
    );
    expect(result.assignments).toEqual({ constructor: '__proto__', S1: null });
    expect(JSON.stringify(result.spareAfter)).toBe('{"__proto__":0,"toString":0}');
  });
});
