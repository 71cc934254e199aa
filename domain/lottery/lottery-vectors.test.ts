// The reference vectors are the contract with every other implementation: each case must come out byte for
// byte, field order included.
import vectors from '../../tests/fixtures/lottery-vectors.json';
import { recordDraw, type DrawInput } from './draw-record';
import { verifyRecord } from './verify-record';

type Case = Readonly<Record<string, unknown>>;
const cases = (vectors as { spec: string; cases: Case[] }).cases;

function inputOf(c: Case): DrawInput {
  const keys = 'spare' in c ? ['drawId', 'spare', 'preferences'] : ['drawId', 'seats', 'units'];
  return Object.fromEntries(
    [...keys, 'secret', 'publicEntropy'].map((k) => [k, c[k]]),
  ) as unknown as DrawInput;
}

describe('enroll-lottery/v1 reference vectors', () => {
  it('are for this spec version and include both kinds of draw', () => {
    expect(vectors.spec).toBe('enroll-lottery/v1');
    expect(cases.length).toBe(7);
    expect(cases.some((c) => 'spare' in c)).toBe(true);
  });

  it.each(cases.map((c) => [c.drawId as string, c]))('reproduces %s byte for byte', (_name, c) => {
    const record = recordDraw(inputOf(c));
    expect(JSON.stringify(record)).toBe(JSON.stringify(c));
    expect(record).toEqual(c);
  });

  it.each(cases.map((c) => [c.drawId as string, c]))('verifies %s as published', (_name, c) => {
    expect(verifyRecord(c)).toEqual({ valid: true });
  });

  it('does not modify its input', () => {
    const c = cases[6]!;
    const before = JSON.stringify(c);
    recordDraw(inputOf(c));
    expect(JSON.stringify(c)).toBe(before);
  });
});
