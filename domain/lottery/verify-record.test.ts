import vectors from '../../tests/fixtures/lottery-vectors.json';
import { verifyRecord } from './verify-record';

type Json = Record<string, unknown>;
const byId = (drawId: string): Json => {
  const found = (vectors.cases as Json[]).find((c) => c.drawId === drawId);
  if (!found) throw new Error(`no vector ${drawId}`);
  return JSON.parse(JSON.stringify(found)) as Json; // a private copy to tamper with
};
const tampered = (drawId: string, change: (record: Json) => void): Json => {
  const record = byId(drawId);
  change(record);
  return record;
};
const fieldOf = (record: unknown): string | undefined => {
  const result = verifyRecord(record);
  return result.valid ? undefined : result.field;
};

describe('verifyRecord', () => {
  it('accepts an untouched record, with its units in any order', () => {
    expect(verifyRecord(byId('demo-1'))).toEqual({ valid: true });
    expect(verifyRecord(tampered('demo-1', (r) => (r.units = [['A4'], ['A3', 'A2'], ['A1']])))).toEqual({
      valid: true,
    });
  });

  it('names the ranking when two ranks are swapped, with what it expected', () => {
    const result = verifyRecord(tampered('demo-1', (r) => (r.ranking = ['A4', 'A2+A3', 'A1'])));
    expect(result).toEqual({
      valid: false,
      field: 'ranking',
      expected: ['A2+A3', 'A4', 'A1'],
      actual: ['A4', 'A2+A3', 'A1'],
    });
  });

  it.each<[string, string, (r: Json) => void]>([
    ['admitted changed', 'admitted', (r) => (r.admitted = ['A2', 'A3', 'A1'])],
    ['waitlist changed', 'waitlist', (r) => (r.waitlist = [])],
    ['overflow changed', 'overflow', (r) => (r.overflow = 1)],
    ['secret changed', 'commitment', (r) => (r.secret = 'operator-secret-9999')],
    ['commitment changed', 'commitment', (r) => (r.commitment = '0'.repeat(64))],
    ['listHash changed', 'listHash', (r) => (r.listHash = '0'.repeat(64))],
    ['a unit removed', 'listHash', (r) => (r.units = [['A1'], ['A2', 'A3']])],
    ['a twin unbound', 'listHash', (r) => (r.units = [['A1'], ['A2'], ['A3'], ['A4']])],
    ['seed changed', 'seed', (r) => (r.seed = '0'.repeat(64))],
    ['publicEntropy changed', 'seed', (r) => (r.publicEntropy = '42-17-94')],
    ['drawId changed', 'seed', (r) => (r.drawId = 'demo-2')],
    ['seats changed', 'admitted', (r) => (r.seats = 2)],
    ['version changed', 'version', (r) => (r.version = 'enroll-lottery/v2')],
    ['ranking missing', 'ranking', (r) => delete r.ranking],
    ['drawId invalid', 'drawId', (r) => (r.drawId = 'demo 1')],
    ['secret too short', 'secret', (r) => (r.secret = 'short')],
  ])('detects %s as %s', (_name, field, change) => {
    expect(fieldOf(tampered('demo-1', change))).toBe(field);
  });

  it('detects a changed overflow where twins took the last seat', () => {
    expect(fieldOf(tampered('twins-at-last-seat', (r) => (r.overflow = 0)))).toBe('overflow');
  });

  it.each<[string, string, (r: Json) => void]>([
    ['an assignment changed', 'assignments', (r) => ((r.assignments as Json)['S00005'] = 'north-1')],
    ['spareAfter changed', 'spareAfter', (r) => ((r.spareAfter as Json)['north-1'] = 1)],
    ['spare changed', 'assignments', (r) => ((r.spare as Json)['north-2'] = 2)],
    ['a preference changed', 'assignments', (r) => ((r.preferences as Json)['S00005'] = ['west-3'])],
    ['units not matching preferences', 'units', (r) => (r.units as unknown[]).pop()],
    ['ranking swapped', 'ranking', (r) => (r.ranking as string[]).reverse()],
    ['secret changed', 'commitment', (r) => (r.secret = 'operator-secret-0008')],
  ])('in a shared-seat round, detects %s as %s', (_name, field, change) => {
    expect(fieldOf(tampered('shared-north', change))).toBe(field);
  });

  it('accepts a shared-seat record whose maps are reordered', () => {
    const record = tampered('shared-north', (r) => {
      r.assignments = Object.fromEntries(Object.entries(r.assignments as Json).reverse());
      r.spareAfter = Object.fromEntries(Object.entries(r.spareAfter as Json).reverse());
    });
    expect(verifyRecord(record)).toEqual({ valid: true });
  });

  it.each([null, [], 'record', 42])('rejects %p as not a record', (value) => {
    expect(fieldOf(value)).toBe('record');
  });
});
