import { applicationFor, idNumberOf, parentWithChild } from './support/demo-family';
import { rowCounts, tempDbFile } from './support/row-counts';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';
import fs from 'node:fs';

let rt: TestRuntime;
let file: string;
beforeEach(async () => {
  file = tempDbFile();
  rt = await startTestRuntime(file);
});
afterEach(() => rt.close());

describe("children's data (PIPL art. 28/31)", () => {
  it('stores the ID number only encrypted: it appears nowhere in the database files', async () => {
    const idNumber = idNumberOf('2020-05-06', '777');
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent, idNumber);
    await parent.ok('enroll', 'submit', applicationFor(child.id));
    await rt.close();
    const dir = file.replace(/test\.db$/, '');
    for (const f of fs.readdirSync(dir)) {
      const bytes = fs.readFileSync(dir + f);
      expect(bytes.includes(Buffer.from(idNumber))).toBe(false);
      expect(bytes.includes(Buffer.from(idNumber.slice(6, 14) + idNumber.slice(14)))).toBe(false);
    }
    rt = await startTestRuntime(file); // afterEach closes it
  });

  it('shows reviewers masked ID numbers of their own district only', async () => {
    const idNumber = idNumberOf();
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent, idNumber);
    const app = await parent.ok('enroll', 'submit', applicationFor(child.id));

    const reviewer = await rt.login('reviewer');
    const rows = await reviewer.ok('review', 'listApplications', { seasonId: '2026' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ appNo: app.appNo, idMasked: `510703********${idNumber.slice(-4)}` });
    expect(JSON.stringify(rows)).not.toContain(idNumber);
    expect(Object.keys(rows[0]!)).not.toContain('hukouAddress');

    const elsewhere = await rt.login('reviewer', { districtId: 'other-district' });
    expect(await elsewhere.ok('review', 'listApplications', {})).toEqual([]);
  });

  it('audits every change and every staff read, without personal data in the log', async () => {
    const idNumber = idNumberOf();
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent, idNumber);
    const app = await parent.ok('enroll', 'submit', applicationFor(child.id));
    await parent.ok('enroll', 'withdraw', { applicationId: app.id });
    const reviewer = await rt.login('reviewer');
    await reviewer.ok('review', 'listApplications', {});

    const log = await rt.ports.store.audit.list({});
    expect(log.map((e) => e.action)).toEqual([
      'consent.accept',
      'child.add',
      'enroll.submit',
      'enroll.withdraw',
      'review.list',
    ]);
    expect(log.every((e) => e.actorId && e.at)).toBe(true);
    expect(JSON.stringify(log)).not.toContain(idNumber);
    expect(JSON.stringify(log)).not.toContain('李小明');
  });

  it('leaves no half-written application when the transaction fails', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    const before = rowCounts(file);
    const insert = rt.ports.store.applications.insert;
    // The registration is claimed first inside the transaction; failing the insert after it must undo it.
    jest.spyOn(rt.ports.store, 'transaction').mockImplementationOnce((fn) =>
      rt.ports.store.transaction.call(rt.ports.store, async (tx) =>
        fn({
          ...tx,
          applications: { ...tx.applications, insert: async () => Promise.reject(new Error('disk full')) },
        }),
      ),
    );
    const r = await parent.call('enroll', 'submit', applicationFor(child.id));
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL.ERROR' } });
    expect(rowCounts(file)).toEqual(before);
    expect(insert).toBe(rt.ports.store.applications.insert);
    const ok = await parent.call('enroll', 'submit', applicationFor(child.id));
    expect(ok.ok).toBe(true);
  });
});
