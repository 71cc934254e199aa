import { SchoolLookup } from './school-lookup';

const lookupOf = (ids: string[]) => new SchoolLookup(new Map(ids.map((id, s) => [id, s])));

describe('SchoolLookup', () => {
  it('finds every school by its id, as the Map does', () => {
    const ids = Array.from({ length: 300 }, (_, s) => `s${String(s).padStart(3, '0')}`);
    ids.push('s1', 'ab', 'x', 'school-330102-0007', '330102001');
    const lookup = lookupOf(ids);
    ids.forEach((id, s) => expect(lookup.get(id)).toBe(s));
    // Built from the characters, not the same string object.
    expect(lookup.get(['s', '2', '9', '9'].join(''))).toBe(299);
  });

  it('answers -1 for anything else', () => {
    const lookup = lookupOf(['s001', 's002', 'x1']);
    for (const other of ['s003', 'S001', 's0001', '1s001', 's00', '', 'x', 'x2', 's001 '])
      expect(lookup.get(other)).toBe(-1);
    for (const other of [undefined, null, 1, {}, ['s001']]) expect(lookup.get(other)).toBe(-1);
  });

  it('stays right for ids that differ only where the hash does not look', () => {
    const ids = Array.from({ length: 200 }, (_, s) => `${s}-school-0000`);
    const lookup = lookupOf(ids);
    ids.forEach((id, s) => expect(lookup.get(id)).toBe(s));
    expect(lookup.get('200-school-0000')).toBe(-1);
  });
});
