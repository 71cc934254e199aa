import { createStaffAccount } from '../../cloudfunctions/auth/staff/create-staff';
import { setPasswordCostForTests } from '../../cloudfunctions/auth/staff/password-hash';
import type { Envelope } from '../../types';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';

const PASSWORD = 'Correct-horse-42';
let rt: TestRuntime;

// The production cost is covered by password-hash.test.ts; these tests are about the rules around it.
beforeAll(() => setPasswordCostForTests({ N: 1024, r: 8, p: 1, keylen: 32 }));
beforeEach(async () => {
  rt = await startTestRuntime();
});
afterEach(() => rt.close());

/** The first administrator, made as `npm run admin:create` makes it: straight on the store. */
const firstAdmin = () =>
  createStaffAccount(
    rt.ports.store,
    { loginName: 'root', name: '王老师', role: 'admin', password: PASSWORD },
    rt.clock.now(),
    null,
  );

const login = (loginName: string, password: string) =>
  rt.raw('auth', { action: 'staffLogin', data: { loginName, password } });

const tokenOf = (r: Envelope<unknown>): string => {
  if (!r.ok) throw new Error(`login failed: ${r.error.code}`);
  return (r.data as { token: string }).token;
};

const as = (token: string) => (action: string, data: unknown) => rt.raw('auth', { action, data }, token);

describe('staff login with name and password (local runtime: HMAC token)', () => {
  it('signs the first administrator in, who creates a reviewer who then works under that account', async () => {
    await firstAdmin();
    const admin = as(tokenOf(await login('root', PASSWORD)));
    const created = await admin('createStaff', {
      loginName: 'Reviewer.Li',
      name: '李审核',
      role: 'reviewer',
      districtId: (await rt.ports.store.catalog.listDistricts())[0]!.id,
      password: 'Another-pass-7',
    });
    expect(created).toMatchObject({
      ok: true,
      data: { loginName: 'reviewer.li', role: 'reviewer', disabled: false },
    });
    expect(JSON.stringify(created)).not.toMatch(/hash|salt|Another-pass/);

    const reviewer = await login('reviewer.li', 'Another-pass-7');
    expect(reviewer).toMatchObject({
      ok: true,
      data: { session: 'token', user: { role: 'reviewer', name: '李审核' } },
    });
    expect(await as(tokenOf(reviewer))('whoami', {})).toMatchObject({ ok: true, data: { role: 'reviewer' } });
  });

  it('answers a wrong password and an unknown name alike, and audits every attempt without the password', async () => {
    await firstAdmin();
    const wrong = await login('root', 'Wrong-password-1');
    const unknown = await login('nobody', 'Wrong-password-1');
    expect(wrong).toMatchObject({ ok: false, error: { code: 'AUTH.LOGIN_FAILED' } });
    expect(unknown).toEqual(wrong);
    await login('root', PASSWORD);
    const attempts = await rt.ports.store.audit.list({ action: 'auth.staff_login' });
    expect(attempts.map((a) => a.detail?.outcome)).toEqual(['wrong_password', 'unknown_name', 'ok']);
    expect(attempts.map((a) => a.detail?.loginName)).toEqual(['root', 'nobody', 'root']);
    const everything = JSON.stringify(await rt.ports.store.audit.list({}));
    expect(everything).not.toContain('Wrong-password-1');
    expect(everything).not.toContain(PASSWORD);
  });

  it('locks after five failures in a row, refuses even the right password while locked, and backs off', async () => {
    await firstAdmin();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await login('root', `Guess-number-${i}`);
      codes.push(r.ok ? 'ok' : r.error.code);
    }
    expect(codes).toEqual([...Array(4).fill('AUTH.LOGIN_FAILED'), 'AUTH.LOCKED']);
    expect(await login('root', PASSWORD)).toMatchObject({ ok: false, error: { code: 'AUTH.LOCKED' } });

    rt.clock.set(new Date(rt.clock.now().getTime() + 61_000).toISOString());
    // One more failure after the first lock doubles it.
    expect(await login('root', 'Guess-again-9')).toMatchObject({ error: { code: 'AUTH.LOCKED' } });
    rt.clock.set(new Date(rt.clock.now().getTime() + 61_000).toISOString());
    expect(await login('root', PASSWORD)).toMatchObject({ ok: false, error: { code: 'AUTH.LOCKED' } });
    rt.clock.set(new Date(rt.clock.now().getTime() + 60_000).toISOString());
    expect(await login('root', PASSWORD)).toMatchObject({ ok: true });
    // Success clears the count: the next mistake is a plain failure again.
    expect(await login('root', 'Guess-number-x')).toMatchObject({ error: { code: 'AUTH.LOGIN_FAILED' } });
  });

  it('refuses the right password when parallel guesses locked the account after it was first read', async () => {
    const admin = await firstAdmin();
    // What a burst of parallel guesses leaves: the stored record is locked, but this attempt read it before.
    const stored = (await rt.ports.store.staffCredentials.get(admin.id))!;
    const lockedUntil = new Date(rt.clock.now().getTime() + 60_000).toISOString();
    await rt.ports.store.staffCredentials.put({ ...stored, failures: 5, lockedUntil });
    const credentials = rt.ports.store.staffCredentials;
    const realGet = credentials.get.bind(credentials);
    let reads = 0;
    credentials.get = async (id) => (reads++ === 0 ? stored : realGet(id));
    try {
      expect(await login('root', PASSWORD)).toMatchObject({ ok: false, error: { code: 'AUTH.LOCKED' } });
    } finally {
      credentials.get = realGet;
    }
    expect((await rt.ports.store.staffCredentials.get(admin.id))!.lockedUntil).toBe(lockedUntil);
  });

  it('lets an admin reset a password, which also lifts a lock', async () => {
    await firstAdmin();
    const admin = as(tokenOf(await login('root', PASSWORD)));
    await admin('createStaff', {
      loginName: 'zhang',
      name: '张',
      role: 'reviewer',
      password: 'First-pass-11',
    });
    for (let i = 0; i < 5; i++) await login('zhang', `Nope-nope-${i}`);
    expect(await login('zhang', 'First-pass-11')).toMatchObject({ error: { code: 'AUTH.LOCKED' } });
    expect(
      await admin('resetStaffPassword', { loginName: 'zhang', password: 'Second-pass-22' }),
    ).toMatchObject({ ok: true });
    expect(await login('zhang', 'First-pass-11')).toMatchObject({ error: { code: 'AUTH.LOGIN_FAILED' } });
    expect(await login('zhang', 'Second-pass-22')).toMatchObject({ ok: true });
    expect(
      await admin('resetStaffPassword', { loginName: 'ghost', password: 'Second-pass-22' }),
    ).toMatchObject({
      error: { code: 'NOT_FOUND.STAFF' },
    });
  });

  it('disables an account: its login is refused and its open session stops working at once', async () => {
    await firstAdmin();
    const admin = as(tokenOf(await login('root', PASSWORD)));
    await admin('createStaff', {
      loginName: 'zhao',
      name: '赵',
      role: 'reviewer',
      password: 'Zhao-pass-123',
    });
    const zhao = as(tokenOf(await login('zhao', 'Zhao-pass-123')));
    expect(await admin('setStaffDisabled', { loginName: 'zhao', disabled: true })).toMatchObject({
      ok: true,
      data: { disabled: true },
    });
    expect(await zhao('whoami', {})).toMatchObject({ error: { code: 'AUTH.UNAUTHENTICATED' } });
    expect(await login('zhao', 'Zhao-pass-123')).toMatchObject({ error: { code: 'AUTH.ACCOUNT_DISABLED' } });
    // Someone without the password learns nothing about the account's state.
    expect(await login('zhao', 'Not-zhaos-pass-1')).toMatchObject({ error: { code: 'AUTH.LOGIN_FAILED' } });
    await admin('setStaffDisabled', { loginName: 'zhao', disabled: false });
    expect(await login('zhao', 'Zhao-pass-123')).toMatchObject({ ok: true });
    const [self] = await Promise.all([admin('setStaffDisabled', { loginName: 'root', disabled: true })]);
    expect(self).toMatchObject({ error: { code: 'STAFF.CANNOT_DISABLE_SELF' } });
  });

  it('keeps login names unique regardless of case', async () => {
    await firstAdmin();
    const admin = as(tokenOf(await login('root', PASSWORD)));
    expect(
      await admin('createStaff', {
        loginName: 'ROOT',
        name: '另一位',
        role: 'admin',
        password: 'Some-pass-123',
      }),
    ).toMatchObject({
      error: { code: 'STAFF.LOGIN_NAME_TAKEN' },
    });
    expect(
      await admin('createStaff', { loginName: 'weak', name: '弱', role: 'reviewer', password: '1234567890' }),
    ).toMatchObject({
      error: { code: 'INPUT.INVALID' },
    });
  });

  it('refuses staff management to reviewers, parents and helpers, and staff login to non-staff accounts', async () => {
    await firstAdmin();
    const admin = as(tokenOf(await login('root', PASSWORD)));
    await admin('createStaff', {
      loginName: 'qian',
      name: '钱',
      role: 'reviewer',
      password: 'Qian-pass-123',
    });
    const reviewer = as(tokenOf(await login('qian', 'Qian-pass-123')));
    const parent = await rt.login('parent');
    const helper = await rt.login('helper');
    const attempts = [
      ['createStaff', { loginName: 'mole', name: '内鬼', role: 'admin', password: 'Mole-pass-123' }],
      ['resetStaffPassword', { loginName: 'root', password: 'Taken-over-123' }],
      ['setStaffDisabled', { loginName: 'root', disabled: true }],
    ] as const;
    for (const token of [parent.token, helper.token]) {
      for (const [action, data] of attempts)
        expect(await as(token)(action, data)).toMatchObject({ error: { code: 'AUTH.FORBIDDEN' } });
    }
    for (const [action, data] of attempts)
      expect(await reviewer(action, data)).toMatchObject({ error: { code: 'AUTH.FORBIDDEN' } });
    expect(await rt.ports.store.users.findBySubject('web', 'mole')).toBeNull();
    expect(await login('root', 'Taken-over-123')).toMatchObject({ error: { code: 'AUTH.LOGIN_FAILED' } });
    // A parent's (dev) account is not a staff account, whatever its name: the staff login does not know it.
    await rt.login('parent', { subject: 'dad-1' });
    expect(await login('dad-1', 'Whatever-123')).toMatchObject({ error: { code: 'AUTH.LOGIN_FAILED' } });
  });
});

describe("a district's administrator manages that district's staff only", () => {
  it('cannot create staff elsewhere, nor reset or disable another district’s or the city’s accounts', async () => {
    await firstAdmin();
    await rt.ports.store.catalog.putDistrict({ id: 'd-other', name: '邻区' });
    const [home, other] = await rt.ports.store.catalog.listDistricts();
    expect(other).toBeDefined();
    const root = as(tokenOf(await login('root', PASSWORD)));
    for (const [loginName, districtId] of [
      ['admin.home', home!.id],
      ['admin.other', other!.id],
    ] as const)
      await root('createStaff', {
        loginName,
        name: '区管理员',
        role: 'admin',
        districtId,
        password: PASSWORD,
      });
    const local = as(tokenOf(await login('admin.home', PASSWORD)));

    const elsewhere = await local('createStaff', {
      loginName: 'mole',
      name: '内鬼',
      role: 'admin',
      districtId: other!.id,
      password: 'Mole-pass-123',
    });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await rt.ports.store.users.findBySubject('web', 'mole')).toBeNull();
    // Without a district, the new account belongs to the administrator's own.
    expect(
      await local('createStaff', {
        loginName: 'sun',
        name: '孙',
        role: 'reviewer',
        password: 'Sun-pass-1234',
      }),
    ).toMatchObject({ ok: true, data: { districtId: home!.id } });

    for (const target of ['admin.other', 'root']) {
      const reset = await local('resetStaffPassword', { loginName: target, password: 'Taken-over-123' });
      // Answered as for a name that does not exist: the account's existence is not confirmed.
      expect(reset).toEqual(
        await local('resetStaffPassword', { loginName: 'ghost', password: 'Taken-over-123' }),
      );
      expect(reset).toMatchObject({ error: { code: 'NOT_FOUND.STAFF' } });
      expect(await local('setStaffDisabled', { loginName: target, disabled: true })).toMatchObject({
        error: { code: 'NOT_FOUND.STAFF' },
      });
      expect(await login(target, PASSWORD)).toMatchObject({ ok: true });
    }
    expect(await local('resetStaffPassword', { loginName: 'sun', password: 'Sun-pass-5678' })).toMatchObject({
      ok: true,
    });
  });
});
