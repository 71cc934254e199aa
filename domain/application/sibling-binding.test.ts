import { bindingProblems, type BindingCandidate } from './sibling-binding';

const app = (id: string, over: Partial<BindingCandidate> = {}): BindingCandidate => ({
  id,
  appNo: `2026-P00000${id}`,
  guardianId: 'g1',
  seasonId: '2026',
  stage: 'primary',
  schoolId: 's1',
  childBirthDate: '2020-03-15',
  status: 'submitted',
  ...over,
});

describe('binding twins and multiples (R2.1)', () => {
  it('accepts twins and triplets of one guardian at one school', () => {
    expect(bindingProblems([app('1'), app('2')])).toEqual([]);
    expect(bindingProblems([app('1'), app('2'), app('3', { status: 'under_review' })])).toEqual([]);
  });

  it.each([
    ['one application', [app('1')], '2 至 4'],
    ['five applications', ['1', '2', '3', '4', '5'].map((i) => app(i)), '2 至 4'],
    ['the same one twice', [app('1'), app('1')], '重复'],
    ['different guardians', [app('1'), app('2', { guardianId: 'g2' })], '同一监护人'],
    ['different birth dates', [app('1'), app('2', { childBirthDate: '2020-03-16' })], '出生日期'],
    ['different schools', [app('1'), app('2', { schoolId: 's2' })], '同一所学校'],
    ['different stages', [app('1'), app('2', { stage: 'junior' })], '学段'],
    ['one already bound', [app('1', { boundGroupId: 'b1' }), app('2')], '已经绑定'],
    ['one withdrawn', [app('1'), app('2', { status: 'withdrawn' })], '不能再更改'],
    ['one decided', [app('1'), app('2', { status: 'approved' })], '不能再更改'],
  ])('refuses %s', (_what, apps, message) => {
    expect(bindingProblems(apps).join('')).toContain(message);
  });
});
