import { placeSeason } from './place-season';
import { seasonFrame } from './season-frame';
import { school, season, unit, wants } from './season-fixture';
import { validateUnits } from './validate-units';

// The scan reads short digit strings as integers and compares two of one length by them (scan-units.ts):
// it must take the fast path exactly when the numbers increase as strings do, and still see a number a
// shared-only unit claims too.
const inOrder = (numbers: string[]) => {
  const input = season(
    [school('s1', 1)],
    numbers.map((n) => unit('s1', 'class-1', n)),
  );
  return validateUnits(input, seasonFrame(input)).inOrder;
};

describe('the scan orders numbers as strings', () => {
  it.each([
    [['0999', '1000'], true],
    [['0100', '0099'], false],
    // Of two lengths the strings decide, not the integers.
    [['999', '1000'], false],
    [['1000', '999'], true],
    [['123', '123'], false],
    [['999999999999998', '999999999999999'], true],
    [['999999999999999', '999999999999998'], false],
    // Past 15 digits doubles lose the last ones; such numbers are compared as strings.
    [['9007199254740993', '9007199254740992'], false],
    [['9007199254740992', '9007199254740993'], true],
    [['12', 'A1'], true],
    [['A1', '12'], false],
    [['1-2', '1-3', '13'], true],
  ])('%j: in order %s', (numbers, expected) => {
    expect(inOrder(numbers)).toBe(expected);
  });

  // A request naming exactly an applicant's numbers is that unit's opt-in (attachSharedRequests); twins
  // naming one applicant's number with another are a shared-only unit that claims it.
  it.each([
    [['200', '300'], false],
    [['150', '250'], true],
    [['0200', '0300'], true],
  ])('shared-only twins %j beside applicants 100 and 200 place: %s', (claimed, ok) => {
    const input = season(
      [school('s1', 1), school('s2', 1)],
      [unit('s1', 'class-1', '100'), unit('s1', 'class-1', '200')],
      [wants('south', claimed, 's2')],
    );
    expect(placeSeason(input).ok).toBe(ok);
  });
});
