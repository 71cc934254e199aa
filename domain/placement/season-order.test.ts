import { placeSeason } from './place-season';
import type { ApplicantUnit, PlacementInput, PlacementOutcome } from './placement-types';
import { seasonFrame } from './season-frame';
import { school, season, unit, wants } from './season-fixture';
import { validateUnits } from './validate-units';

const placed = (input: PlacementInput) => {
  const outcome = placeSeason(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
};
const byNumber = (outcomes: PlacementOutcome[]) =>
  Object.fromEntries(outcomes.map((o) => [o.applicationNumber, o]));
const n = (i: number) => `N${String(i).padStart(2, '0')}`;
const many = (schoolId: string, tier: string, from: number, to: number): ApplicantUnit[] =>
  Array.from({ length: to - from + 1 }, (_, i) => unit(schoolId, tier, n(from + i)));

// Numbers listed in increasing order take a faster path (no table; each drawn tier's list copied while
// checking); a season listed otherwise must come out the same, child for child and draw for draw.
describe('a season decides the same whatever order its units are listed in', () => {
  const schools = [school('s1', 3), school('s2', 2), school('s3', 9)];
  const units = [
    ...many('s1', 'class-1', 1, 6),
    unit('s1', 'class-1', n(7), n(8)),
    ...many('s2', 'green', 9, 9),
    ...many('s2', 'class-2', 10, 13),
    ...many('s3', 'class-1', 14, 15),
  ];
  const requests = [
    wants('south', [n(3)], 's3', 's2'),
    wants('south', [n(7), n(8)], 's3'),
    wants('south', [n(11)], 's3'),
    wants('south', ['X1'], 's3'),
  ];
  const inOrder = season(schools, units, requests);

  it('takes the fast path for numbers in order', () => {
    expect(validateUnits(inOrder, seasonFrame(inOrder)).inOrder).toBe(true);
  });

  it.each([
    ['reversed', [...units].reverse()],
    [
      'twins listed high to low',
      units.map((u) => ({ ...u, applicationNumbers: [...u.applicationNumbers].reverse() })),
    ],
  ])('%s', (_, reordered) => {
    const input = season(schools, reordered, [...requests].reverse());
    expect(validateUnits(input, seasonFrame(input)).inOrder).toBe(false);
    const expected = placed(inOrder);
    const other = placed(input);
    expect(byNumber(other.outcomes)).toEqual(byNumber(expected.outcomes));
    expect(other.schools).toEqual(expected.schools);
    const decided = (r: (typeof expected.records)[number]) => [r.drawId, r.listHash, r.seed, r.ranking];
    expect(other.records.map(decided)).toEqual(expected.records.map(decided));
    expect(other.records.length).toBeGreaterThan(1);
  });
});

describe('a shared round', () => {
  const schools = [school('s1', 3), school('s2', 2), school('s3', 9)];
  const units = [...many('s1', 'class-1', 1, 8), ...many('s3', 'class-1', 9, 10)];
  // Shared-only units whose numbers fall between the applicants' (N03a after N03), and opted-in applicants.
  const requests = [
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => wants('south', [n(i)], 's3', 's2')),
    wants('south', ['N03a'], 's3'),
    wants('south', ['N06a', 'N06b'], 's2', 's3'),
    wants('south', ['A1'], 's3'),
  ];
  const sharedRecords = (input: PlacementInput) =>
    placed(input).records.filter((record) => 'spare' in record);

  it('lists its entrants in key order, whatever order the store gives the requests in', () => {
    const [record] = sharedRecords(season(schools, units, requests));
    const keys = Object.keys(record!.preferences as object);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toEqual(expect.arrayContaining(['A1', 'N03a', 'N06a+N06b']));
    const shuffled = [...requests.slice(8).reverse(), ...requests.slice(0, 8).reverse()];
    expect(JSON.stringify(sharedRecords(season(schools, units, shuffled)))).toBe(JSON.stringify([record]));
  });
});

// Keys longer than the scan's first guess (a dozen bytes a unit) grow its arena mid-pass.
describe('long numbers and large bound groups', () => {
  const long = (i: number) => `L${String(i).padStart(39, '0')}`;
  const group = (from: number, size: number) =>
    unit('s1', 'class-1', ...Array.from({ length: size }, (_, k) => long(from + k)));
  const units = [group(0, 5), group(5, 4), group(9, 5), group(14, 3), group(17, 5), group(22, 5)];
  const schools = [school('s1', 6)];

  it('are drawn the same on the fast path as listed otherwise', () => {
    const inOrder = season(schools, units, []);
    expect(validateUnits(inOrder, seasonFrame(inOrder)).inOrder).toBe(true);
    const reversed = season(schools, [...units].reverse(), []);
    expect(validateUnits(reversed, seasonFrame(reversed)).inOrder).toBe(false);
    const [fast, slow] = [placed(inOrder), placed(reversed)];
    expect(fast.records).toHaveLength(1);
    // The record lists units as given; what the draw decided is the same.
    const decided = (r: (typeof fast.records)[number]) => [r.listHash, r.seed, r.ranking];
    expect(slow.records.map(decided)).toEqual(fast.records.map(decided));
    expect(byNumber(slow.outcomes)).toEqual(byNumber(fast.outcomes));
  });
});
