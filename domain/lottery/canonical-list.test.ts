import { canonicalList, canonicalUnit, canonicalUnits, commitment, listHash } from './canonical-list';

describe('canonical list', () => {
  it('keys a unit by its sorted members joined with "+"', () => {
    expect(canonicalUnit(['A3', 'A2'])).toEqual({ key: 'A2+A3', members: ['A2', 'A3'] });
  });

  it('sorts in byte order, so upper case and digits come before lower case', () => {
    const sorted = canonicalUnits([['b1'], ['B1'], ['1b'], ['a-1', 'A-1']]);
    expect(sorted.map((u) => u.key)).toEqual(['1b', 'A-1+a-1', 'B1', 'b1']);
  });

  it('joins keys with "\\n" and no trailing newline', () => {
    expect(canonicalList(canonicalUnits([['A4'], ['A3', 'A2'], ['A1']]))).toBe('A1\nA2+A3\nA4');
  });

  it('hashes the empty list as SHA-256 of the empty string', () => {
    expect(listHash([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('does not depend on the order units are given in', () => {
    expect(listHash(canonicalUnits([['A2', 'A3'], ['A1']]))).toBe(
      listHash(canonicalUnits([['A1'], ['A3', 'A2']])),
    );
  });

  it('commits to the secret', () => {
    expect(commitment('operator-secret-0001')).toBe(
      'ace6e8e69f5e95c6b79b6489aade029807998fa53b7e3235714f0c33c599e4b6',
    );
  });
});
