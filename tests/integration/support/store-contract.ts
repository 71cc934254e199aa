import type {
  ApplicationRecord,
  ChildRecord,
  MessageRecord,
  StoredDraw,
  UserRecord,
} from '../../../cloudfunctions/lib/ports/records';
import { DuplicateKeyError, type Store } from '../../../cloudfunctions/lib/ports/store';
import { helperStoreCases } from './store-contract-helpers';

const user = (id: string, subject = id): UserRecord => ({
  id,
  provider: 'dev',
  subject,
  role: 'parent',
  name: '家长',
  createdAt: '2026-06-01T00:00:00.000Z',
});
const child = (id: string, guardianId: string, idBlind: string): ChildRecord => ({
  id,
  guardianId,
  name: '孩子',
  idCipher: 'v1:x',
  idBlind,
  idMasked: '110105********0012',
  birthDate: '2020-01-01',
  sex: 'male',
  createdAt: '2026-06-01T00:00:00.000Z',
});
const application = (id: string, over: Partial<ApplicationRecord> = {}): ApplicationRecord => ({
  id,
  appNo: `2026-P${id}`,
  seasonId: '2026',
  stage: 'primary',
  guardianId: 'u1',
  childId: 'c1',
  childName: '孩子',
  childIdMasked: '110105********0012',
  childBlind: 'b1',
  schoolId: 's1',
  districtId: 'd1',
  largeDistrictId: 'ld1',
  basis: 'hukou',
  hukouAddress: { district: '云溪区' },
  residenceAddress: { district: '云溪区' },
  zoneMatch: { status: 'matched', candidates: [], needsManualConfirmation: false, reason: '' },
  eligibility: { status: 'eligible', message: '' },
  status: 'submitted',
  timeline: [],
  idempotencyKey: `key-${id}`,
  requestHash: 'h',
  submittedAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
  ...over,
});
const draw = (id: string, over: Partial<StoredDraw> = {}): StoredDraw => ({
  id,
  seasonId: '2026',
  schoolId: 's1',
  schoolName: '学校',
  districtId: 'd1',
  tier: 'class-1',
  tierName: '第一类',
  seats: 1,
  scheduledAt: '2026-07-20T02:00:00.000Z',
  status: 'committed',
  units: [{ key: 'A1+A2', appNos: ['A1', 'A2'], applicationIds: ['a1', 'a2'] }],
  listHash: '0'.repeat(64),
  commitment: '1'.repeat(64),
  secretCipher: 'v1:x',
  observers: [],
  createdAt: '2026-07-01T00:00:00.000Z',
  createdBy: 'u1',
  ...over,
});

const message = (id: string, over: Partial<MessageRecord> = {}): MessageRecord => ({
  id,
  userId: 'u1',
  kind: 'application_received',
  title: '报名已提交',
  body: '报名号 2026-P00001',
  applicationId: 'a1',
  appNo: '2026-P00001',
  at: '2026-06-01T00:00:00.000Z',
  status: 'pending',
  attempts: 0,
  ...over,
});

/**
 * The behaviour every Store adapter must have. SQLite runs it here; the CloudBase adapter runs the
 * same suite against its query builder (and a real environment when credentials are set).
 */
export const storeContract = (name: string, open: () => Promise<Store>) =>
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());

    it('stores users and refuses a second account for the same identity', async () => {
      await store.users.insert(user('u1', 'openid-1'));
      expect(await store.users.get('u1')).toMatchObject({ id: 'u1' });
      expect(await store.users.findBySubject('dev', 'openid-1')).toMatchObject({ id: 'u1' });
      expect(await store.users.findBySubject('wechat', 'openid-1')).toBeNull();
      await expect(store.users.insert(user('u2', 'openid-1'))).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('keeps staff login names unique, updates an account in place, and keeps credentials apart', async () => {
      const staff: UserRecord = {
        ...user('s1', 'wangli'),
        provider: 'web',
        role: 'reviewer',
        districtId: 'd1',
      };
      await store.users.insert(staff);
      await expect(store.users.insert({ ...staff, id: 's2' })).rejects.toBeInstanceOf(DuplicateKeyError);
      await store.users.insert({ ...staff, id: 's3', provider: 'dev' });
      const { districtId: _d, ...moved } = staff;
      await store.users.update({ ...moved, disabled: true, updatedAt: '2026-06-02T00:00:00.000Z' });
      const read = await store.users.findBySubject('web', 'wangli');
      expect(read).toEqual({ ...moved, disabled: true, updatedAt: '2026-06-02T00:00:00.000Z' });

      expect(await store.staffCredentials.get('s1')).toBeNull();
      const credential = {
        userId: 's1',
        hash: 'aGFzaA==',
        salt: 'c2FsdA==',
        params: { N: 1024, r: 8, p: 1, keylen: 32 },
        failures: 5,
        lockedUntil: '2026-06-01T00:01:00.000Z',
        updatedAt: '2026-06-01T00:00:00.000Z',
      };
      await store.staffCredentials.put(credential);
      const { lockedUntil: _l, ...unlocked } = credential;
      await store.transaction((tx) => tx.staffCredentials.put({ ...unlocked, failures: 0 }));
      expect(await store.staffCredentials.get('s1')).toEqual({ ...unlocked, failures: 0 });
      expect(JSON.stringify(await store.users.get('s1'))).not.toContain('hash');
    });

    it('keeps the first consent time when consent is given again', async () => {
      const first = await store.consents.record({
        userId: 'u1',
        version: 'v',
        guardianName: 'a',
        acceptedAt: 't1',
      });
      const again = await store.consents.record({
        userId: 'u1',
        version: 'v',
        guardianName: 'a',
        acceptedAt: 't2',
      });
      expect(first.acceptedAt).toBe('t1');
      expect(again.acceptedAt).toBe('t1');
      expect(await store.consents.get('u1', 'other')).toBeNull();
    });

    it('keeps one record per child per guardian', async () => {
      await store.children.insert(child('c1', 'u1', 'b1'));
      await store.children.insert(child('c2', 'u2', 'b1'));
      await expect(store.children.insert(child('c3', 'u1', 'b1'))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await store.children.listByGuardian('u1')).map((c) => c.id)).toEqual(['c1']);
      expect(await store.children.findByGuardianAndBlind('u2', 'b1')).toMatchObject({ id: 'c2' });
    });

    it('finds applications by id, idempotency key, guardian and district with filters', async () => {
      await store.applications.insert(application('a1'));
      await store.applications.insert(
        application('a2', { status: 'withdrawn', submittedAt: '2026-06-02T00:00:00.000Z' }),
      );
      await store.applications.insert(application('a3', { guardianId: 'u2', districtId: 'd2' }));
      expect(await store.applications.findByIdempotencyKey('u1', 'key-a1')).toMatchObject({ id: 'a1' });
      expect(await store.applications.findByIdempotencyKey('u2', 'key-a1')).toBeNull();
      expect((await store.applications.listByGuardian('u1')).map((a) => a.id)).toEqual(['a2', 'a1']);
      expect((await store.applications.listByDistrict('d1', {})).map((a) => a.id)).toEqual(['a1', 'a2']);
      expect(
        (await store.applications.listByDistrict('d1', { status: 'submitted' })).map((a) => a.id),
      ).toEqual(['a1']);
      expect(await store.applications.listByDistrict('d1', { seasonId: '2027' })).toEqual([]);
      await expect(
        store.applications.insert(application('a4', { idempotencyKey: 'key-a1' })),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('updates an application only from the expected status', async () => {
      await store.applications.insert(application('a1'));
      const next = { ...application('a1'), status: 'withdrawn' as const };
      expect(await store.applications.update(next, 'under_review')).toBe(false);
      expect(await store.applications.update(next, 'submitted')).toBe(true);
      expect((await store.applications.get('a1'))?.status).toBe('withdrawn');
      expect(await store.applications.update(next, 'submitted')).toBe(false);
    });

    it('holds one registration per child per season until released by its holder', async () => {
      await store.registrations.claim('2026', 'b1', 'a1');
      await expect(store.registrations.claim('2026', 'b1', 'a2')).rejects.toBeInstanceOf(DuplicateKeyError);
      await store.registrations.claim('2027', 'b1', 'a3');
      await store.registrations.release('2026', 'b1', 'a2'); // not the holder: no effect
      expect(await store.registrations.holder('2026', 'b1')).toBe('a1');
      await store.registrations.release('2026', 'b1', 'a1');
      await store.registrations.claim('2026', 'b1', 'a2');
      expect(await store.registrations.holder('2026', 'b1')).toBe('a2');
    });

    it('counts without gaps or repeats under concurrency', async () => {
      const values = await Promise.all(Array.from({ length: 20 }, () => store.counters.next('n')));
      expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await store.counters.next('other')).toBe(1);
    });

    it('rolls a transaction back whole when it throws', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.registrations.claim('2026', 'b9', 'a9');
          await tx.counters.next('n');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.registrations.holder('2026', 'b9')).toBeNull();
      expect(await store.counters.next('n')).toBe(1);
    });

    it('keeps concurrent transactions apart', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, (_, i) =>
          store.transaction(async (tx) => {
            await tx.registrations.claim('2026', 'same-child', `a${i}`);
            await new Promise((r) => setTimeout(r, 5));
            await tx.applications.insert(application(`a${i}`, { idempotencyKey: `k${i}` }));
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const holder = await store.registrations.holder('2026', 'same-child');
      expect(await store.applications.get(holder!)).not.toBeNull();
      expect(await store.applications.listByDistrict('d1', {})).toHaveLength(1);
    });

    it('stores draws by id, lists them by season in scheduled order and refuses a second with the same id', async () => {
      await store.draws.insert(draw('d-late', { scheduledAt: '2026-07-21T02:00:00.000Z' }));
      await store.draws.insert(draw('d-early'));
      await store.draws.insert(draw('d-other', { seasonId: '2027' }));
      expect(await store.draws.get('d-early')).toEqual(draw('d-early'));
      expect(await store.draws.get('nope')).toBeNull();
      expect((await store.draws.listBySeason('2026')).map((d) => d.id)).toEqual(['d-early', 'd-late']);
      await expect(store.draws.insert(draw('d-early'))).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('moves a draw out of its status once, however many try at the same time', async () => {
      await store.draws.insert(draw('d1'));
      const drawn = (n: number): StoredDraw => ({
        ...draw('d1'),
        status: 'drawn',
        drawnAt: `2026-07-20T02:00:0${n}.000Z`,
        outcomes: [{ key: 'A1+A2', rank: 1, admitted: true }],
      });
      const results = await Promise.all([
        ...Array.from({ length: 5 }, (_, i) => store.draws.update(drawn(i), 'committed')),
        ...Array.from({ length: 3 }, (_, i) =>
          store.transaction((tx) => tx.draws.update(drawn(5 + i), 'committed')),
        ),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = drawn(results.indexOf(true));
      expect(await store.draws.get('d1')).toEqual(winner);
      expect(await store.draws.update({ ...winner, status: 'committed' }, 'committed')).toBe(false);
    });

    it('upserts and lists catalog content, and knows the current season', async () => {
      const season = (id: string, year: number) => ({
        id,
        name: id,
        year,
        ageRules: [
          { stage: 'primary' as const, cutoffDate: `${year}-08-31`, minAge: 6, overAgeAfterYears: 1 },
        ],
        timeline: [],
        applyOpensAt: `${year}-05-01T00:00:00.000Z`,
        applyClosesAt: `${year}-06-01T00:00:00.000Z`,
        withdrawDeadline: `${year}-06-01T00:00:00.000Z`,
      });
      expect(await store.catalog.currentSeason()).toBeNull();
      await store.catalog.putSeason(season('2025', 2025));
      await store.catalog.putSeason(season('2026', 2026));
      await store.catalog.putSeason({ ...season('2026', 2026), name: 'renamed' });
      expect(await store.catalog.currentSeason()).toMatchObject({ id: '2026', name: 'renamed' });
      await store.catalog.putPolicy({
        id: 'p1',
        title: 't',
        publishedOn: '2026-01-01',
        issuer: 'i',
        summary: 's',
        body: 'b',
      });
      expect(await store.catalog.getPolicy('p1')).toMatchObject({ title: 't' });
      expect(await store.catalog.getPolicy('p2')).toBeNull();
      expect(await store.catalog.listPolicies()).toHaveLength(1);
    });

    it('appends to the audit log in order and filters it', async () => {
      const entry = { at: 't', actorId: 'u1', role: 'parent' as const, targetType: 'application' };
      await store.audit.append({ ...entry, action: 'a', targetId: 'x', detail: { n: 1 } });
      await store.audit.append({ ...entry, action: 'b', targetId: 'y' });
      expect((await store.audit.list({})).map((e) => e.action)).toEqual(['a', 'b']);
      expect(await store.audit.list({ targetId: 'x' })).toEqual([
        { ...entry, action: 'a', targetId: 'x', detail: { n: 1 } },
      ]);
    });
    it('lists messages of one user newest first and marks only their own as read', async () => {
      await store.messages.insert(message('m1'));
      await store.messages.insert(message('m2', { at: '2026-06-02T00:00:00.000Z' }));
      await store.messages.insert(message('m3', { userId: 'u2' }));
      await expect(store.messages.insert(message('m1'))).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await store.messages.listForUser('u1', 10)).map((m) => m.id)).toEqual(['m2', 'm1']);
      expect((await store.messages.listForUser('u1', 1)).map((m) => m.id)).toEqual(['m2']);
      expect(await store.messages.get('m1')).toEqual(message('m1'));
      expect(await store.messages.markRead('u2', 'm1', 't1')).toBe(false);
      expect(await store.messages.markRead('u1', 'nope', 't1')).toBe(false);
      expect(await store.messages.markRead('u1', 'm1', 't1')).toBe(true);
      expect(await store.messages.markRead('u1', 'm1', 't2')).toBe(true);
      expect((await store.messages.get('m1'))?.readAt).toBe('t1');
    });

    it('works through the outbox: pending oldest first, then sent, skipped, retried or failed', async () => {
      await store.messages.insert(message('m-late', { at: '2026-06-03T00:00:00.000Z' }));
      await store.messages.insert(message('m-early'));
      await store.messages.insert(message('m-mid', { at: '2026-06-02T00:00:00.000Z' }));
      await store.messages.insert(message('m-four', { at: '2026-06-04T00:00:00.000Z' }));
      expect((await store.messages.listPending(10)).map((m) => m.id)).toEqual([
        'm-early',
        'm-mid',
        'm-late',
        'm-four',
      ]);
      expect(await store.messages.listPending(1)).toHaveLength(1);
      await store.messages.markSent('m-early', 't1', 'wechat');
      await store.messages.markSkipped('m-mid', 't1', '43101 user refuse');
      await store.messages.markFailed('m-late', 'timeout', false);
      await store.messages.markFailed('m-four', 'timeout', false);
      await store.messages.markFailed('m-four', '47003 bad data', true);
      expect((await store.messages.listPending(10)).map((m) => m.id)).toEqual(['m-late']);
      expect(await store.messages.get('m-early')).toMatchObject({
        status: 'sent',
        attempts: 1,
        channel: 'wechat',
        deliveredAt: 't1',
      });
      expect(await store.messages.get('m-mid')).toMatchObject({
        status: 'skipped',
        attempts: 1,
        lastError: '43101 user refuse',
      });
      expect(await store.messages.get('m-late')).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: 'timeout',
      });
      expect(await store.messages.get('m-four')).toMatchObject({
        status: 'failed',
        attempts: 2,
        lastError: '47003 bad data',
      });
    });

    it('drops a message written in a transaction that fails', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.messages.insert(message('m-tx'));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.messages.get('m-tx')).toBeNull();
      await store.transaction((tx) => tx.messages.insert(message('m-tx')));
      expect(await store.messages.get('m-tx')).toMatchObject({ id: 'm-tx' });
    });

    helperStoreCases(() => store);
  });
