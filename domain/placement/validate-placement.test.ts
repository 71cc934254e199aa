import { placeSeason } from './place-season';
import type { PlacementInput } from './placement-types';
import { school, season, unit, wants } from './season-fixture';

const codes = (input: PlacementInput) => {
  const outcome = placeSeason(input);
  return outcome.ok ? [] : outcome.problems.map((p) => `${p.code} @ ${p.path}`);
};
const schools = [school('s1', 1), school('s2', 1), school('n1', 1, 'north')];

describe('placeSeason rejects bad seasons with a list of problems instead of throwing', () => {
  it.each([
    {
      name: 'a preference for a school outside the large district',
      input: season(schools, [unit('s1', 'class-1', 'A1')], [wants('south', ['A1'], 's2', 'n1')]),
      expected: ['school_outside_district @ units[0].sharedSchoolIds[1]'],
    },
    {
      name: 'an application number used twice, an unknown school and an unknown tier',
      input: season(schools, [unit('s1', 'class-1', 'A1'), unit('zz', 'class-9', 'A1')]),
      expected: [
        'duplicate_application_number @ units[1].applicationNumbers[0]',
        'unknown_school @ units[1].schoolId',
        'unknown_tier @ units[1].tier',
      ],
    },
    {
      name: 'an opt-in that splits bound twins (it is not the unit’s, and T1 applied to a school)',
      input: season(schools, [unit('s1', 'class-1', 'T1', 'T2')], [wants('south', ['T1'], 's2')]),
      expected: ['applied_to_school @ sharedOnly[0].applicationNumbers[0]'],
    },
    {
      name: 'an opt-in for a school of another large district than the unit applied in',
      input: season(schools, [unit('s1', 'class-1', 'A1')], [wants('north', ['A1'], 'n1')]),
      expected: ['school_outside_district @ units[0].sharedSchoolIds[0]'],
    },
    {
      name: 'an opt-in without a school',
      input: season(schools, [{ ...unit('s1', 'class-1', 'A1'), sharedSchoolIds: [] }]),
      expected: ['no_preferences @ units[0].sharedSchoolIds'],
    },
    {
      name: 'a school id that appears twice, and negative seats',
      input: season([school('s1', 1), school('s1', -1)], []),
      expected: ['duplicate_school @ schools[1].id', 'bad_seats @ schools[1].seats'],
    },
    {
      name: 'a malformed application number',
      input: season(schools, [unit('s1', 'class-1', 'A 1')]),
      expected: ['bad_application_number @ units[0].applicationNumbers[0]'],
    },
  ])('$name', ({ input, expected }) => {
    expect(codes(input)).toEqual(expected);
  });

  it('checks the secrets of exactly the draws that will run, by the spec rules', () => {
    const input: PlacementInput = {
      ...season(schools, [unit('s1', 'class-1', 'A1'), unit('s1', 'class-1', 'A2')]),
      drawParams: () => ({ drawId: 'bad id', secret: 'short', publicEntropy: '1' }),
    };
    expect(codes(input)).toEqual([
      'bad_draw_params @ drawParams(s1, class-1).drawId',
      'bad_draw_params @ drawParams(s1, class-1).secret',
    ]);
  });

  it('reports a draw parameter source that throws', () => {
    const input: PlacementInput = {
      ...season(schools, [unit('s1', 'class-1', 'A1')], [wants('south', ['A1'], 's2')]),
      sharedDrawParams: () => {
        throw new Error('no commitment for south');
      },
    };
    expect(codes(input)).toEqual(['draw_params_missing @ sharedDrawParams(south)']);
  });

  it('writes every message in Chinese and English', () => {
    const outcome = placeSeason(season(schools, [unit('s1', 'nope', 'A1')]));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems[0]!.message).toBe(
        "类别 nope 不在本季类别中 / tier nope is not one of the season's tiers",
      );
  });
});

describe('shared-seat requests asked twice', () => {
  it.each([
    // A unit holds one opt-in: the second request for it is not the unit's, and its number applied.
    {
      name: 'an applicant unit',
      numbers: ['A1'],
      units: [unit('s1', 'class-1', 'A1')],
      code: 'applied_to_school',
    },
    { name: 'a shared-only unit', numbers: ['X1'], units: [], code: 'duplicate_application_number' },
  ])('are rejected for $name', ({ numbers, units, code }) => {
    const outcome = placeSeason(
      season(schools, units, [wants('south', numbers, 's2'), wants('south', numbers, 's1')]),
    );
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.code)).toEqual([code]);
  });
});
