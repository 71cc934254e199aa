import { applicationFor, HOME, idNumberOf, parentWithChild } from './support/demo-family';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => {
  rt = await startTestRuntime();
});
afterEach(() => rt.close());

describe('a parent applies (R1.3, R1.4, R6.1)', () => {
  it('requires guardian consent before any child data is taken', async () => {
    const parent = await rt.login('parent');
    const r = await parent.call('enroll', 'addChild', { name: '李小明', idNumber: idNumberOf() });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONSENT.REQUIRED' } });
    expect(await rt.ports.store.children.listByGuardian(parent.userId)).toHaveLength(0);
  });

  it('derives birth date and sex from the ID number and masks it in every answer', async () => {
    const parent = await rt.login('parent');
    const idNumber = idNumberOf('2020-03-15', '124');
    const child = await parentWithChild(parent, idNumber);
    expect(child).toMatchObject({
      birthDate: '2020-03-15',
      sex: 'female',
      idMasked: '510703********' + idNumber.slice(-4),
    });
    expect(JSON.stringify(await parent.ok('enroll', 'listChildren', {}))).not.toContain(idNumber);
  });

  it('submits, lists with a timeline, and withdraws before the deadline', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    const app = await parent.ok('enroll', 'submit', applicationFor(child.id));
    expect(app).toMatchObject({
      appNo: '2026-P000001',
      status: 'submitted',
      statusLabel: '已提交',
      school: { id: 's-south-1', name: '云溪区城南第一小学' },
      eligibility: { status: 'eligible' },
      zoneMatch: { status: 'matched', needsManualConfirmation: false },
      canWithdraw: true,
    });
    const mine = await parent.ok('enroll', 'listMine', {});
    expect(mine.map((a) => a.id)).toEqual([app.id]);

    const withdrawn = await parent.ok('enroll', 'withdraw', { applicationId: app.id, reason: '搬家' });
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.timeline.map((t) => t.status)).toEqual(['submitted', 'withdrawn']);
    expect(withdrawn.canWithdraw).toBe(false);

    // Withdrawing frees the child's one place in the season: a new application is accepted.
    const again = await parent.ok('enroll', 'submit', applicationFor(child.id));
    expect(again.appNo).toBe('2026-P000002');
  });

  it('refuses withdrawal after the deadline', async () => {
    let parent = await rt.login('parent', { subject: 'late-parent' });
    const child = await parentWithChild(parent);
    const app = await parent.ok('enroll', 'submit', applicationFor(child.id));
    const season = await rt.ports.store.catalog.getSeason('2026');
    rt.clock.set(new Date(new Date(season!.withdrawDeadline).getTime() + 1000).toISOString());
    parent = await rt.login('parent', { subject: 'late-parent' }); // the old session expired meanwhile
    const r = await parent.call('enroll', 'withdraw', { applicationId: app.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'APPLICATION.NOT_WITHDRAWABLE' } });
    expect((await rt.ports.store.applications.get(app.id))?.status).toBe('submitted');
  });

  it('refuses a submit outside the application window', async () => {
    let parent = await rt.login('parent', { subject: 'late-parent' });
    const child = await parentWithChild(parent);
    rt.clock.set('2027-12-01T00:00:00Z');
    parent = await rt.login('parent', { subject: 'late-parent' });
    const r = await parent.call('enroll', 'submit', applicationFor(child.id));
    expect(r).toMatchObject({ ok: false, error: { code: 'SEASON.CLOSED' } });
  });

  it('refuses an under-age child with the date they become eligible', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent, idNumberOf('2020-09-01'));
    const r = await parent.call('enroll', 'submit', applicationFor(child.id));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CHILD.NOT_ELIGIBLE');
      expect(r.error.message).toContain('2027');
    }
  });

  it('accepts an over-age child without any certificate and notes it', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent, idNumberOf('2019-05-01'));
    const app = await parent.ok('enroll', 'submit', applicationFor(child.id));
    expect(app.eligibility.status).toBe('over_age');
  });

  it('refuses a school outside the zone of the claimed address', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    const r = await parent.call('enroll', 'submit', applicationFor(child.id, { schoolId: 's-north-1' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'APPLICATION.SCHOOL_NOT_IN_ZONE' } });
  });

  it('accepts a boundary estate but marks it for manual confirmation', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    const border = { district: '云溪区', estate: '学府花园', building: '2栋' };
    const match = await parent.ok('catalog', 'matchZone', { stage: 'primary', address: border });
    expect(match.status).toBe('ambiguous');
    expect(match.schools.map((s) => s.id).sort()).toEqual(['s-south-1', 's-south-2']);
    const app = await parent.ok(
      'enroll',
      'submit',
      applicationFor(child.id, { hukouAddress: border, residenceAddress: HOME, schoolId: 's-south-2' }),
    );
    expect(app.zoneMatch.needsManualConfirmation).toBe(true);
    expect(app.timeline[0]?.note).toContain('人工确认');
  });

  it("does not show one family's application to another", async () => {
    const a = await rt.login('parent');
    const b = await rt.login('parent');
    const child = await parentWithChild(a);
    const app = await a.ok('enroll', 'submit', applicationFor(child.id));
    expect(await b.call('enroll', 'getApplication', { applicationId: app.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND.APPLICATION' },
    });
    expect(await b.call('enroll', 'withdraw', { applicationId: app.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND.APPLICATION' },
    });
    expect(await b.call('enroll', 'submit', applicationFor(child.id))).toMatchObject({
      ok: false,
      error: { code: 'CONSENT.REQUIRED' },
    });
  });
});
