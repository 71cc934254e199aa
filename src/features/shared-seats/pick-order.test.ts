import { issuesBySchool, togglePick } from './pick-order';

describe('togglePick', () => {
  it('adds a school last and takes it out on a second tap, moving the later wishes up', () => {
    let order: string[] = [];
    for (const id of ['a', 'b', 'c']) order = togglePick(order, id, 5).order;
    expect(order).toEqual(['a', 'b', 'c']);
    expect(togglePick(order, 'a', 5)).toEqual({ order: ['b', 'c'], full: false });
  });

  it('refuses a school past the limit without dropping an earlier wish', () => {
    expect(togglePick(['a', 'b'], 'c', 2)).toEqual({ order: ['a', 'b'], full: true });
    expect(togglePick(['a', 'b'], 'b', 2)).toEqual({ order: ['a'], full: false });
  });
});

describe('issuesBySchool', () => {
  it('names the school at each refused place of the order, first message per school', () => {
    const issues = [
      { path: ['schoolIds', 1], message: '只能选择本大学区的学校' },
      { path: ['schoolIds', 1], message: '学段与报名不一致' },
      { path: ['schoolIds'], message: '同一所学校不能选两次' },
      { path: ['schoolIds', 7], message: '超出' },
    ];
    expect([...issuesBySchool(issues, ['a', 'b'])]).toEqual([['b', '只能选择本大学区的学校']]);
  });
});
