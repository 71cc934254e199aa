import { drawSchool, drawSharedSeats, recordSchoolDraw, recordSharedSeatsDraw } from './draw-record';

const params = { drawId: 'd-1', secret: 'secret-secret-secret', publicEntropy: '42' };

describe('draws on positions give the records of the plain functions', () => {
  it('drawSchool: units out of key order, twins, and the order it reports', () => {
    const units = [['B2'], ['A9', 'A1'], ['C1'], ['A5'], ['B1']];
    const { record, order } = drawSchool({ ...params, seats: 2, units });
    expect(JSON.stringify(record)).toBe(JSON.stringify(recordSchoolDraw({ ...params, seats: 2, units })));
    expect(order.map((i) => record.units[i]!.slice().sort().join('+'))).toEqual(record.ranking);
  });

  it.each([
    ['application-order keys', ['K3', 'K1+K2', 'K9']],
    ['integer-like keys, which an object lists first', ['K3', '17', '5', 'K1']],
  ])('drawSharedSeats: %s', (_, keys) => {
    const prefs = keys.map((_, i) => (i % 2 ? ['x', 'y'] : ['y']));
    const spare = { y: 1, x: 1 };
    const { record, order, schools } = drawSharedSeats({ ...params, spare }, keys, prefs);
    const preferences = Object.fromEntries(keys.map((k, i) => [k, prefs[i]!]));
    const plain = recordSharedSeatsDraw({ ...params, spare, preferences });
    expect(JSON.stringify(record)).toBe(JSON.stringify(plain));
    expect(order.map((i) => keys[i])).toEqual(record.ranking);
    keys.forEach((key, i) => expect(schools[i]).toBe(record.assignments[key]));
  });
});
