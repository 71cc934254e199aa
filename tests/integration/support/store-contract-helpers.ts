import type { HelperGrantRecord, HelperProfileRecord } from '../../../cloudfunctions/lib/ports/records';
import { DuplicateKeyError, type Store } from '../../../cloudfunctions/lib/ports/store';

const profile = (userId: string, code: string): HelperProfileRecord => ({
  userId,
  code,
  name: '王老师',
  organisation: '城东社区',
  kind: 'grid_worker',
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
});

const grant = (id: string, over: Partial<HelperGrantRecord> = {}): HelperGrantRecord => ({
  id,
  guardianId: 'u1',
  guardianName: '张三',
  helperId: 'h1',
  helperName: '王老师',
  helperOrganisation: '城东社区',
  helperKind: 'grid_worker',
  scope: ['view_progress'],
  status: 'active',
  createdAt: '2026-06-01T00:00:00.000Z',
  expiresAt: '2026-06-08T00:00:00.000Z',
  views: 0,
  ...over,
});

/** Helper profiles and grants (R6.3), part of the Store contract: called inside its describe. */
export const helperStoreCases = (store: () => Store) => {
  it('stores helper profiles by user, finds them by code, and refuses a taken code or a second profile', async () => {
    await store().helperProfiles.insert(profile('h1', 'ABCD2345'));
    expect(await store().helperProfiles.findByCode('ABCD2345')).toMatchObject({ userId: 'h1' });
    expect(await store().helperProfiles.findByCode('ZZZZ9999')).toBeNull();
    await expect(store().helperProfiles.insert(profile('h2', 'ABCD2345'))).rejects.toBeInstanceOf(
      DuplicateKeyError,
    );
    await expect(store().helperProfiles.insert(profile('h1', 'WXYZ2345'))).rejects.toBeInstanceOf(
      DuplicateKeyError,
    );
    expect(await store().helperProfiles.get('h2')).toBeNull();
    expect(await store().helperProfiles.findByCode('WXYZ2345')).toBeNull();
  });

  it('updates a helper profile without changing its code', async () => {
    await store().helperProfiles.insert(profile('h1', 'ABCD2345'));
    await store().helperProfiles.update({
      ...profile('h1', 'QQQQ2222'),
      name: '李老师',
      organisation: '第一小学',
      kind: 'teacher',
      updatedAt: '2026-06-02T00:00:00.000Z',
    });
    expect(await store().helperProfiles.get('h1')).toMatchObject({
      code: 'ABCD2345',
      name: '李老师',
      organisation: '第一小学',
      kind: 'teacher',
      updatedAt: '2026-06-02T00:00:00.000Z',
    });
    expect(await store().helperProfiles.findByCode('ABCD2345')).toMatchObject({ name: '李老师' });
    expect(await store().helperProfiles.findByCode('QQQQ2222')).toBeNull();
  });

  it('lists grants per family and per helper newest first, and the due ones by deadline', async () => {
    const s = store();
    await s.helperGrants.insert(grant('g1'));
    await s.helperGrants.insert(grant('g2', { createdAt: '2026-06-02T00:00:00.000Z', helperId: 'h2' }));
    await s.helperGrants.insert(
      grant('g3', {
        guardianId: 'u2',
        createdAt: '2026-06-03T00:00:00.000Z',
        expiresAt: '2026-06-04T00:00:00.000Z',
      }),
    );
    await s.helperGrants.insert(grant('g4', { status: 'revoked', expiresAt: '2026-06-02T00:00:00.000Z' }));
    await expect(s.helperGrants.insert(grant('g1'))).rejects.toBeInstanceOf(DuplicateKeyError);
    expect((await s.helperGrants.listByGuardian('u1')).map((g) => g.id)).toEqual(['g2', 'g4', 'g1']);
    expect((await s.helperGrants.listByHelper('h1')).map((g) => g.id)).toEqual(['g3', 'g4', 'g1']);
    expect(await s.helperGrants.listByHelper('nobody')).toEqual([]);
    expect((await s.helperGrants.listDue('2026-06-08T00:00:00.000Z', 10)).map((g) => g.id)).toEqual([
      'g3',
      'g1',
      'g2',
    ]);
    expect((await s.helperGrants.listDue('2026-06-05T00:00:00.000Z', 10)).map((g) => g.id)).toEqual(['g3']);
    expect(await s.helperGrants.listDue('2026-06-08T00:00:00.000Z', 1)).toHaveLength(1);
    expect(await s.helperGrants.get('g3')).toEqual(
      grant('g3', {
        guardianId: 'u2',
        createdAt: '2026-06-03T00:00:00.000Z',
        expiresAt: '2026-06-04T00:00:00.000Z',
      }),
    );
  });

  it('ends a grant once: the update is guarded by the status, in and out of a transaction', async () => {
    const s = store();
    await s.helperGrants.insert(grant('g1', { lastViewedAt: '2026-06-01T01:00:00.000Z', views: 1 }));
    const revoked = grant('g1', { status: 'revoked', endedAt: '2026-06-02T00:00:00.000Z', views: 1 });
    const [a, b] = await Promise.all([
      s.helperGrants.update(revoked, 'active'),
      s.transaction((tx) => tx.helperGrants.update({ ...revoked, status: 'expired' }, 'active')),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const stored = await s.helperGrants.get('g1');
    expect(stored?.status === 'revoked' || stored?.status === 'expired').toBe(true);
    // An optional field the new version lacks is gone, not merged.
    expect(stored?.lastViewedAt).toBeUndefined();
    expect(await s.helperGrants.listDue('2026-06-09T00:00:00.000Z', 10)).toEqual([]);
    expect(await s.helperGrants.update(grant('nope'), 'active')).toBe(false);
  });

  it('drops a grant written in a transaction that fails', async () => {
    await expect(
      store().transaction(async (tx) => {
        await tx.helperGrants.insert(grant('g-tx'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store().helperGrants.get('g-tx')).toBeNull();
  });
};
