import type { AgeRule } from '../../types/models/season';
import { ageOn } from './age-on';
import { checkAge } from './check-age';

const GRADE1: AgeRule = { stage: 'primary', cutoffDate: '2026-08-31', minAge: 6, overAgeAfterYears: 2 };

describe('checkAge for grade 1 (6 full years on 2026-08-31)', () => {
  it.each([
    ['born on the cut-off day six years earlier', '2020-08-31', 'eligible', undefined],
    ['born the day after', '2020-09-01', 'under_age', '2027-08-31'],
    ['born on a leap day', '2020-02-29', 'eligible', undefined],
    ['born on New Year 2020', '2020-01-01', 'eligible', undefined],
    ['born on New Year\u2019s Eve 2020', '2020-12-31', 'under_age', '2027-08-31'],
    ['born two years too late', '2022-03-01', 'under_age', '2028-08-31'],
    ['born after the cut-off date itself', '2026-09-01', 'under_age', '2033-08-31'],
    ['one day short of over-age', '2018-09-01', 'eligible', undefined],
    ['exactly minAge + overAgeAfterYears', '2018-08-31', 'over_age', undefined],
    ['well over age', '2015-05-05', 'over_age', undefined],
  ])('%s (%s) → %s', (_label, birthDate, status, eligibleFrom) => {
    const result = checkAge(birthDate, GRADE1);
    expect(result.status).toBe(status);
    expect(result.eligibleFrom).toBe(eligibleFrom);
  });

  it('explains under-age with the date and the year to apply', () => {
    expect(checkAge('2020-09-01', GRADE1).message).toBe(
      '孩子在 2026-08-31 未满 6 周岁，不符合本次入学年龄要求；可于 2027 年招生时报名（届时已满 6 周岁）。',
    );
  });

  it('accepts over-age children without asking for a certificate', () => {
    const { message } = checkAge('2017-01-01', GRADE1);
    expect(message).toContain('已超过正常入学年龄，无需提供任何证明，可正常报名');
    expect(message).not.toMatch(/请(提供|上传)/);
  });

  it('handles a cut-off on a leap day and a junior-school rule', () => {
    const leapCutoff: AgeRule = {
      stage: 'primary',
      cutoffDate: '2028-02-29',
      minAge: 6,
      overAgeAfterYears: 2,
    };
    expect(checkAge('2022-02-28', leapCutoff).status).toBe('eligible');
    expect(checkAge('2022-03-01', leapCutoff)).toMatchObject({
      status: 'under_age',
      eligibleFrom: '2029-02-28',
    });
    const junior: AgeRule = { stage: 'junior', cutoffDate: '2026-08-31', minAge: 12, overAgeAfterYears: 3 };
    expect(checkAge('2014-08-31', junior).status).toBe('eligible');
    expect(checkAge('2011-08-31', junior).status).toBe('over_age');
  });

  it('refuses dates that do not exist', () => {
    expect(() => checkAge('2021-02-29', GRADE1)).toThrow(RangeError);
    expect(() => checkAge('20200831', GRADE1)).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it.each([
    ['2020-02-29', '2026-02-28', 6],
    ['2020-02-29', '2026-02-27', 5],
    ['2020-02-29', '2024-02-29', 4],
    ['2020-08-31', '2026-08-30', 5],
    ['2026-09-01', '2026-08-31', 0],
  ])('born %s, on %s → %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});
