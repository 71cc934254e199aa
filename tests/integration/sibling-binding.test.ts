import { applicationFor, idNumberOf } from './support/demo-family';
import { startTestRuntime, type Session, type TestRuntime } from './support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => {
  rt = await startTestRuntime();
});
afterEach(() => rt.close());

/** A guardian with twins (same birth date), each applied to 城南第一小学. */
const twins = async (parent: Session, secondBirthDate = '2020-03-15') => {
  await parent.ok('enroll', 'acceptConsent', { version: '2026-1', guardianName: '李建国' });
  const a = await parent.ok('enroll', 'addChild', {
    name: '李大宝',
    idNumber: idNumberOf('2020-03-15', '131'),
  });
  const b = await parent.ok('enroll', 'addChild', {
    name: '李二宝',
    idNumber: idNumberOf(secondBirthDate, '133'),
  });
  const appA = await parent.ok('enroll', 'submit', applicationFor(a.id));
  const appB = await parent.ok('enroll', 'submit', applicationFor(b.id));
  return [appA, appB] as const;
};

describe('binding twins for the lottery (R2.1)', () => {
  it('binds twins, shows the group to the family and to staff, and unbinds before the deadline', async () => {
    const parent = await rt.login('parent');
    const [a, b] = await twins(parent);
    const bound = await parent.ok('enroll', 'bindSiblings', { applicationIds: [a.id, b.id] });
    expect(bound.map((x) => x.binding?.appNos)).toEqual([
      [a.appNo, b.appNo].sort(),
      [a.appNo, b.appNo].sort(),
    ]);
    expect(bound[0]?.timeline.at(-1)?.note).toContain('同校录取');

    const reviewer = await rt.login('reviewer');
    const rows = await reviewer.ok('review', 'listApplications', {});
    expect(rows.every((r) => r.boundWith?.length === 2)).toBe(true);
    expect(await rt.ports.store.audit.list({ action: 'enroll.bind_siblings' })).toHaveLength(1);
    expect(await reviewer.ok('verify', 'stats', { seasonId: '2026' })).toMatchObject({ siblingGroups: 1 });

    const groupId = bound[0]!.binding!.groupId;
    const unbound = await parent.ok('enroll', 'unbindSiblings', { groupId });
    expect(unbound.every((x) => !x.binding)).toBe(true);
  });

  it('refuses children born on different days, with the reason', async () => {
    const parent = await rt.login('parent');
    const [a, b] = await twins(parent, '2020-03-16');
    const r = await parent.call('enroll', 'bindSiblings', { applicationIds: [a.id, b.id] });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'BINDING.INVALID', message: expect.stringContaining('出生日期') },
    });
    expect((await parent.ok('enroll', 'listMine', {})).every((x) => !x.binding)).toBe(true);
  });

  it("refuses another family's application as not found", async () => {
    const parent = await rt.login('parent');
    const [a] = await twins(parent);
    const other = await rt.login('parent');
    await other.ok('enroll', 'acceptConsent', { version: '2026-1', guardianName: '王五' });
    const c = await other.ok('enroll', 'addChild', {
      name: '王小五',
      idNumber: idNumberOf('2020-03-15', '135'),
    });
    const mine = await other.ok('enroll', 'submit', applicationFor(c.id));
    const r = await other.call('enroll', 'bindSiblings', { applicationIds: [mine.id, a.id] });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND.APPLICATION' } });
  });

  it('dissolves the group when one twin is withdrawn, and refuses changes after the deadline', async () => {
    let parent = await rt.login('parent', { subject: 'twin-parent' });
    const [a, b] = await twins(parent);
    const [bound] = await parent.ok('enroll', 'bindSiblings', { applicationIds: [a.id, b.id] });
    await parent.ok('enroll', 'withdraw', { applicationId: a.id });
    const left = await parent.ok('enroll', 'getApplication', { applicationId: b.id });
    expect(left.binding).toBeUndefined();
    expect(left.timeline.at(-1)?.note).toContain('已撤回');

    // The withdrawn twin applies again and is bound again: a new group.
    const [firstTwin] = await parent.ok('enroll', 'listChildren', {});
    const again = await parent.ok('enroll', 'submit', applicationFor(firstTwin!.id));
    await parent.ok('enroll', 'bindSiblings', { applicationIds: [again.id, b.id] });
    const season = await rt.ports.store.catalog.getSeason('2026');
    rt.clock.set(new Date(new Date(season!.withdrawDeadline).getTime() + 1000).toISOString());
    parent = await rt.login('parent', { subject: 'twin-parent' });
    const groupId = (await parent.ok('enroll', 'getApplication', { applicationId: b.id })).binding!.groupId;
    expect(groupId).not.toBe(bound!.binding!.groupId);
    const late = await parent.call('enroll', 'unbindSiblings', { groupId });
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'BINDING.INVALID', message: expect.stringContaining('截止') },
    });
  });
});
