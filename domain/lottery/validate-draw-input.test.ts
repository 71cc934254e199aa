import { validateDrawInput } from './validate-draw-input';

const school = {
  drawId: '2025-fucheng-school07-tier2',
  seats: 3,
  units: [['A1'], ['A2', 'A3']],
  secret: 'operator-secret-0001',
  publicEntropy: '42-17-93',
};
const shared = {
  drawId: 'shared-north',
  spare: { 'north-1': 2, 'west-3': 0 },
  preferences: { S1: ['north-1', 'west-3'], 'S2+S3': ['west-3'] },
  secret: 'operator-secret-0001',
  publicEntropy: '7',
};
const fields = (input: unknown) => validateDrawInput(input).map((p) => p.field);

describe('validateDrawInput', () => {
  it('accepts valid school and shared-seat inputs', () => {
    expect(validateDrawInput(school)).toEqual([]);
    expect(validateDrawInput(shared)).toEqual([]);
    expect(validateDrawInput({ ...school, units: [], seats: 0 })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['drawId with a space', { drawId: 'school 07' }, 'drawId'],
    ['drawId too long', { drawId: 'd'.repeat(65) }, 'drawId'],
    ['drawId with a newline', { drawId: 'demo\n' }, 'drawId'],
    ['drawId missing', { drawId: undefined }, 'drawId'],
    ['negative seats', { seats: -1 }, 'seats'],
    ['fractional seats', { seats: 1.5 }, 'seats'],
    ['seats as text', { seats: '3' }, 'seats'],
    ['units not a list', { units: 'A1' }, 'units'],
    ['an empty unit', { units: [['A1'], []] }, 'units'],
    ['a "+" in an application number', { units: [['A1+A2']] }, 'units'],
    ['an application number too long', { units: [['A'.repeat(41)]] }, 'units'],
    ['an application number not text', { units: [[7]] }, 'units'],
    ['a duplicate application number', { units: [['A1'], ['A2', 'A1']] }, 'units'],
    ['a secret of 15 characters', { secret: 'x'.repeat(15) }, 'secret'],
    ['a secret of 129 characters', { secret: 'x'.repeat(129) }, 'secret'],
    ['a secret with a space', { secret: 'operator secret 0001' }, 'secret'],
    ['a secret with Chinese', { secret: '操作员密钥操作员密钥操作员密钥操作员' }, 'secret'],
    ['empty publicEntropy', { publicEntropy: '' }, 'publicEntropy'],
    ['publicEntropy of 257 characters', { publicEntropy: '1'.repeat(257) }, 'publicEntropy'],
  ])('rejects %s', (_name, change, field) => {
    const problems = validateDrawInput({ ...school, ...change });
    expect(problems.map((p) => p.field)).toEqual([field]);
    // Every message is bilingual: Chinese, then " / ", then English.
    expect(problems[0]!.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
  });

  it('accepts the boundary lengths', () => {
    expect(
      validateDrawInput({
        ...school,
        secret: '!'.repeat(16),
        publicEntropy: '~'.repeat(256),
        drawId: 'd'.repeat(64),
      }),
    ).toEqual([]);
    expect(validateDrawInput({ ...school, secret: 'x'.repeat(128), units: [['A'.repeat(40)]] })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['spare not an object', { spare: [1] }, 'spare'],
    ['negative spare', { spare: { 'north-1': -1, 'west-3': 0 } }, 'spare'],
    ['a bad school id in spare', { spare: { 'north 1': 1 }, preferences: {} }, 'spare'],
    ['preferences not an object', { preferences: [] }, 'preferences'],
    ['a key not in byte order', { preferences: { 'S3+S2': ['west-3'] } }, 'preferences'],
    ['a bad application number in a key', { preferences: { S_1: ['west-3'] } }, 'preferences'],
    ['a school not in spare', { preferences: { S1: ['east-9'] } }, 'preferences'],
    ['a list that is not a list', { preferences: { S1: 'north-1' } }, 'preferences'],
    ['the same child in two keys', { preferences: { S1: [], 'S1+S2': [] } }, 'preferences'],
  ])('rejects a shared-seat input with %s', (_name, change, field) => {
    expect(fields({ ...shared, ...change })).toEqual([field]);
  });

  it('reports every problem at once instead of stopping at the first', () => {
    expect(fields({ drawId: '', seats: -1, units: null, secret: '', publicEntropy: '' })).toEqual([
      'drawId',
      'seats',
      'units',
      'secret',
      'publicEntropy',
    ]);
  });

  it('never throws, whatever arrives', () => {
    for (const input of [
      null,
      undefined,
      42,
      'x',
      [],
      {},
      { units: [null] },
      { preferences: { '': null } },
    ]) {
      expect(() => validateDrawInput(input)).not.toThrow();
      expect(validateDrawInput(input).length).toBeGreaterThan(0);
    }
  });

  it('refuses an input that mixes a school draw and a shared-seat round', () => {
    expect(fields({ ...school, spare: {} })).toEqual(['input']);
  });
});
