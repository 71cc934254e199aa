import type { FaultConfig } from '../../server/department-simulator';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';
import { submitVerified, verifyFamily } from './support/verified-family';

let rt: TestRuntime;
beforeEach(async () => {
  rt = await startTestRuntime();
});
afterEach(() => rt.close());

describe('no department outage blocks a parent', () => {
  it.each<[string, FaultConfig]>([
    ['the property department is down', { down: ['property'] }],
    ['every department answers 5xx', { errorRate: 1 }],
    ['every department times out', { timeoutRate: 1 }],
    ['answers are malformed', { malformedRate: 1 }],
    ['answers carry forged signatures', { badSignatureRate: 1 }],
  ])('%s: accepted as 待核验, completed by the re-check once it recovers', async (_what, faults) => {
    const parent = await rt.login('parent');
    rt.simulator.setFaults(faults);
    const { child, verification } = await verifyFamily(parent, 'standard');
    expect(verification.status).toBe('pending_departments');
    expect(verification.checks.some((c) => c.outcome === 'unavailable')).toBe(true);
    expect(verification.checks.every((c) => c.outcome !== 'verified' || c.facts)).toBe(true);

    const r = await submitVerified(parent, child.id, verification, 's-south-1');
    expect(r).toMatchObject({ ok: true, data: { status: 'pending_verification', statusLabel: '待核验' } });
    if (!r.ok) return;
    expect(r.data.timeline[0]?.note).toContain('系统将自动重新核验');

    // Still down: the re-check changes nothing and loses nothing.
    const admin = await rt.login('admin');
    expect(await admin.ok('verify', 'recheck', {})).toMatchObject({ checked: 1, completed: 0 });
    expect((await parent.ok('enroll', 'getApplication', { applicationId: r.data.id })).status).toBe(
      'pending_verification',
    );

    rt.simulator.setFaults({});
    expect(await admin.ok('verify', 'recheck', {})).toMatchObject({
      checked: 1,
      completed: 1,
      stillPending: 0,
    });
    const done = await parent.ok('enroll', 'getApplication', { applicationId: r.data.id });
    expect(done).toMatchObject({ status: 'submitted', category: { name: '一类' } });
    expect(done.timeline.map((t) => t.status)).toEqual(['pending_verification', 'submitted']);
    expect((await parent.ok('verify', 'get', { verificationId: verification.id })).status).toBe('verified');
    expect(await admin.ok('verify', 'recheck', {})).toMatchObject({ checked: 0 });
  });
});

describe('the category table is the season’s, edited by admins', () => {
  it('changes the derived category when an admin edits the table, and audits the edit', async () => {
    const admin = await rt.login('admin');
    const table = await admin.ok('verify', 'getRules', { seasonId: '2026' });
    expect(table.rules.map((r) => r.name)).toEqual(['一类', '二类', '三类', '随迁子女', '统筹安排']);
    await admin.ok('verify', 'putRules', {
      seasonId: '2026',
      rules: [
        { id: 'all', name: '片区生', description: '施教区内户籍', conditions: [{ fact: 'hukou_in_zone' }] },
        ...table.rules,
      ],
    });
    const parent = await rt.login('parent');
    const { verification } = await verifyFamily(parent, 'standard');
    expect(
      (await parent.ok('verify', 'category', { verificationId: verification.id, schoolId: 's-south-1' }))
        .name,
    ).toBe('片区生');
    expect(await rt.ports.store.audit.list({ action: 'verify.put_rules' })).toHaveLength(1);
    const dup = await admin.call('verify', 'putRules', {
      seasonId: '2026',
      rules: [table.rules[0]!, table.rules[0]!],
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
  });

  it('reports the effort and accuracy figures (R1.5) to staff', async () => {
    const parent = await rt.login('parent');
    const { child, verification } = await verifyFamily(parent, 'standard');
    await submitVerified(parent, child.id, verification, 's-south-1');
    const reviewer = await rt.login('reviewer');
    expect(await reviewer.ok('verify', 'stats', { seasonId: '2026' })).toMatchObject({
      applications: 1,
      autoVerifiedRate: 1,
      avgFieldsTyped: 4,
      avgMaterialsRequested: 0,
    });
  });
});
