import { applicationFor, idNumberOf, parentWithChild } from './support/demo-family';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => {
  rt = await startTestRuntime();
});
afterEach(() => rt.close());

describe('one active application per child per season (R1.4)', () => {
  it('refuses the same child from a second guardian', async () => {
    const first = await rt.login('parent');
    const second = await rt.login('parent');
    const c1 = await parentWithChild(first);
    const c2 = await parentWithChild(second, idNumberOf(), '李晓明');
    await first.ok('enroll', 'submit', applicationFor(c1.id));
    const r = await second.call('enroll', 'submit', applicationFor(c2.id, { schoolId: 's-south-1' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'CHILD.DUPLICATE_APPLICATION' } });
  });

  it('also when the ID number is typed with a lowercase x', async () => {
    const id = idNumberOf('2020-01-02', '007');
    const upper = id.endsWith('X') ? id : null;
    // Find a sequence whose check digit is X, so the lowercase spelling is a real alternative.
    const withX =
      upper ??
      ['001', '002', '003', '004', '005', '006', '008', '009', '010', '011', '012', '013']
        .map((s) => idNumberOf('2020-01-02', s))
        .find((n) => n.endsWith('X'));
    expect(withX).toBeDefined();
    const first = await rt.login('parent');
    const second = await rt.login('parent');
    const c1 = await parentWithChild(first, withX!);
    const c2 = await parentWithChild(second, withX!.toLowerCase());
    await first.ok('enroll', 'submit', applicationFor(c1.id));
    const r = await second.call('enroll', 'submit', applicationFor(c2.id));
    expect(r).toMatchObject({ ok: false, error: { code: 'CHILD.DUPLICATE_APPLICATION' } });
  });

  it('lets exactly one of many concurrent submits for one child win', async () => {
    const parents = await Promise.all(Array.from({ length: 8 }, () => rt.login('parent')));
    const children = await Promise.all(parents.map((p) => parentWithChild(p)));
    const results = await Promise.all(
      parents.map((p, i) => p.call('enroll', 'submit', applicationFor(children[i]!.id))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const codes = results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code));
    expect(new Set(codes)).toEqual(new Set(['CHILD.DUPLICATE_APPLICATION']));
    expect(await rt.ports.store.audit.list({ action: 'enroll.submit' })).toHaveLength(1);
  });

  it('answers a retried submit with the application that landed, concurrent or not', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    const input = applicationFor(child.id);
    const [a, b] = await Promise.all([
      parent.ok('enroll', 'submit', input),
      parent.ok('enroll', 'submit', input),
    ]);
    const c = await parent.ok('enroll', 'submit', input);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(await parent.ok('enroll', 'listMine', {})).toHaveLength(1);
  });

  it('refuses a reused submit key with different content', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    const input = applicationFor(child.id);
    await parent.ok('enroll', 'submit', input);
    const r = await parent.call('enroll', 'submit', { ...input, basis: 'residence' });
    expect(r).toMatchObject({ ok: false, error: { code: 'APPLICATION.IDEMPOTENCY_CONFLICT' } });
  });

  it('counts application numbers without gaps when a submit is refused', async () => {
    const first = await rt.login('parent');
    const second = await rt.login('parent');
    const c1 = await parentWithChild(first);
    const c2 = await parentWithChild(second);
    await first.ok('enroll', 'submit', applicationFor(c1.id));
    await second.call('enroll', 'submit', applicationFor(c2.id));
    const other = await parentWithChild(second, idNumberOf('2020-04-04', '321'), '王小红');
    const app = await second.ok('enroll', 'submit', applicationFor(other.id));
    expect(app.appNo).toBe('2026-P000002');
  });
});
