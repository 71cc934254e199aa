import { openCloudbaseStore } from '../../cloudfunctions/adapters/store/cloudbase/open-cloudbase-store';
import type { ApplicationRecord } from '../../cloudfunctions/lib/ports/records';
import { DuplicateKeyError } from '../../cloudfunctions/lib/ports/store';
import { openFakeCloudbaseDb } from './support/cloudbase-fake-db';
import type * as FakeNetwork from './support/cloudbase-fake-network';
import { storeContract } from './support/store-contract';

// The one replaced module: the SDK's request function, below its query builder and above HTTP.
jest.mock('@cloudbase/node-sdk/dist/utils/tcbapirequester', () => ({
  ...jest.requireActual('@cloudbase/node-sdk/dist/utils/tcbapirequester'),
  request: (args: Parameters<typeof FakeNetwork.fakeRequest>[0]) =>
    jest.requireActual<typeof FakeNetwork>('./support/cloudbase-fake-network').fakeRequest(args),
}));

storeContract('CloudBase (node-sdk over an in-process backend)', async () =>
  openCloudbaseStore((await openFakeCloudbaseDb()).db),
);

describe('CloudBase store beyond the contract', () => {
  const app = (i: number): ApplicationRecord =>
    ({
      id: `a${String(i).padStart(5, '0')}`,
      guardianId: 'u1',
      districtId: 'd1',
      seasonId: '2026',
      status: 'submitted',
      idempotencyKey: `k${i}`,
      submittedAt: `2026-06-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
    }) as ApplicationRecord;

  it('reads past the 1000-document cap: 1,500 applications come back whole and in order', async () => {
    const { db, backend } = await openFakeCloudbaseDb();
    const store = openCloudbaseStore(db);
    // Seeded straight into the backend: 1,500 adapter inserts would test the transactions, not paging.
    backend.storage.seed(
      'applications',
      Array.from({ length: 1500 }, (_, i) => ({ ...app(i), _id: app(i).id })),
    );
    const listed = await store.applications.listByDistrict('d1', {});
    expect(listed).toHaveLength(1500);
    expect(new Set(listed.map((a) => a.id)).size).toBe(1500);
    const order = listed.map((a) => `${a.submittedAt}|${a.id}`);
    expect(order).toEqual([...order].sort());
    const pages = backend.log.filter(
      (p) => p.action === 'database.getDocument' && p.collectionName === 'applications',
    );
    expect(pages.map((p) => [p.offset ?? 0, p.limit])).toEqual([
      [0, 1000],
      [1000, 1000],
    ]);
    expect(await store.applications.listByStatus('submitted', 1200)).toHaveLength(1200);
  });

  it('tells the losers of a race for one child that the child is taken, not that they conflicted', async () => {
    const store = openCloudbaseStore((await openFakeCloudbaseDb()).db);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.registrations.claim('2026', 'same-child', `a${i}`);
          await new Promise((r) => setTimeout(r, 5));
          await tx.applications.insert(app(i));
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DuplicateKeyError);
    }
  });

  it('replaces an application on update, clearing optional fields the new version lacks', async () => {
    const store = openCloudbaseStore((await openFakeCloudbaseDb()).db);
    const first = { ...app(1), verificationId: 'v1', hukouAddress: { district: 'a', street: 's' } };
    await store.applications.insert(first as ApplicationRecord);
    const { verificationId: _dropped, ...rest } = first;
    const next = { ...rest, status: 'withdrawn', hukouAddress: { district: 'b' } } as ApplicationRecord;
    expect(await store.applications.update(next, 'submitted')).toBe(true);
    expect(await store.applications.get(next.id)).toEqual(next);
    // The same inside a transaction, where CloudBase allows only single-document operations.
    const again = { ...next, status: 'submitted', verificationId: 'v2' } as ApplicationRecord;
    expect(await store.transaction((tx) => tx.applications.update(again, 'withdrawn'))).toBe(true);
    expect(await store.applications.get(next.id)).toEqual(again);
  });

  it('keeps the per-child verification unique and the per-guardian child key inside transactions', async () => {
    const store = openCloudbaseStore((await openFakeCloudbaseDb()).db);
    const v = {
      id: 'v1',
      seasonId: '2026',
      childId: 'c1',
      guardianId: 'u1',
      checks: [],
      materials: [],
      pending: true,
      fieldsTyped: 0,
      createdAt: 't',
      updatedAt: 't',
    };
    await store.verifications.put(v);
    await store.verifications.put({ ...v, pending: false });
    expect(await store.verifications.findForChild('2026', 'c1')).toMatchObject({ id: 'v1', pending: false });
    expect(await store.verifications.listPending(10)).toEqual([]);
    await expect(store.verifications.put({ ...v, id: 'v2' })).rejects.toBeInstanceOf(DuplicateKeyError);
    await expect(
      store.transaction(async (tx) => {
        await tx.consents.record({ userId: 'u1', version: '1', guardianName: 'g', acceptedAt: 't' });
        await tx.users.insert({
          id: 'u1',
          provider: 'wechat',
          subject: 'o1',
          role: 'parent',
          name: 'n',
          createdAt: 't',
        });
        await tx.users.insert({
          id: 'u2',
          provider: 'wechat',
          subject: 'o1',
          role: 'parent',
          name: 'n',
          createdAt: 't',
        });
      }),
    ).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await store.users.get('u1')).toBeNull();
    expect(await store.consents.get('u1', '1')).toBeNull();
  });
});
