import { generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import { authHandlers } from '../../cloudfunctions/auth/handlers';
import { createStaffAccount } from '../../cloudfunctions/auth/staff/create-staff';
import { setPasswordCostForTests } from '../../cloudfunctions/auth/staff/password-hash';
import { openCloudbaseStore } from '../../cloudfunctions/adapters/store/cloudbase/open-cloudbase-store';
import { createCloudMain } from '../../cloudfunctions/lib/cloud-entry';
import { loadProductionConfig } from '../../cloudfunctions/lib/production-config';
import { productionPorts } from '../../cloudfunctions/lib/production-ports';
import { reviewHandlers } from '../../cloudfunctions/review/handlers';
import { openFakeCloudbaseDb } from './support/cloudbase-fake-db';
import type * as FakeNetwork from './support/cloudbase-fake-network';

// The database boundary is the SDK's request function (see cloudbase-store.test.ts). Ticket signing
// (`auth().createTicket`) and reading the caller from the invocation context (`getCloudbaseContext`) are
// the real node-sdk code: neither touches the network.
jest.mock('@cloudbase/node-sdk/dist/utils/tcbapirequester', () => ({
  ...jest.requireActual('@cloudbase/node-sdk/dist/utils/tcbapirequester'),
  request: (args: Parameters<typeof FakeNetwork.fakeRequest>[0]) =>
    jest.requireActual<typeof FakeNetwork>('./support/cloudbase-fake-network').fakeRequest(args),
}));

const PASSWORD = 'Correct-horse-42';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
/** The shape of the file 云开发控制台 → 自定义登录 → 下载私钥 hands out. */
const keyFile = (envId: string) =>
  JSON.stringify({ private_key_id: 'key-1', private_key: pem, env_id: envId });

const baseEnv = (env: string): Record<string, string> => ({
  TCB_ENV: env,
  DATA_KEY: randomBytes(32).toString('base64'),
  BLIND_KEY: randomBytes(32).toString('base64'),
  DEPARTMENTS_BASE_URL: 'https://dsp.example.gov.cn/api',
  DEPARTMENTS_APP_KEY: 'ruxue',
  DEPARTMENTS_APP_SECRET: 'x'.repeat(40),
});

/** An SCF invocation context, as the platform passes it to `main(event, context)`. */
const scf = (environment: Record<string, string>) => ({
  memory_limit_in_mb: 256,
  time_limit_in_ms: 10_000,
  request_id: 'r-1',
  function_version: '$LATEST',
  function_name: 'auth',
  namespace: 'ns',
  environment: JSON.stringify(environment),
});
const anonymousWeb = scf({ TCB_UUID: 'anon-uid-1' });
const signedIn = (customUserId: string) => scf({ TCB_UUID: 'uid-2', TCB_CUSTOM_USER_ID: customUserId });

/** Checks the ticket as CloudBase would: `<key id>/@@/<RS256 JWT>` signed with the environment's key. */
const readTicket = (ticket: string) => {
  const [keyId, jwt] = ticket.split('/@@/');
  const [header, payload, signature] = jwt!.split('.');
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    publicKey,
    Buffer.from(signature!, 'base64url'),
  );
  return {
    keyId,
    valid,
    claims: JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>,
  };
};

const saved = { ...process.env };
beforeAll(() => setPasswordCostForTests({ N: 1024, r: 8, p: 1, keylen: 32 }));
afterEach(() => {
  process.env = { ...saved };
});

const setUp = async (withKey = true) => {
  const { env, db } = await openFakeCloudbaseDb();
  process.env = { ...saved, ...baseEnv(env), ...(withKey ? { CUSTOM_LOGIN_KEY: keyFile(env) } : {}) };
  const store = openCloudbaseStore(db);
  const admin = await createStaffAccount(
    store,
    { loginName: 'root', name: '王老师', role: 'admin', password: PASSWORD },
    new Date(),
    null,
  );
  const auth = createCloudMain('auth', { auth: authHandlers }, productionPorts);
  const review = createCloudMain('review', { review: reviewHandlers }, productionPorts);
  return { env, store, admin, auth, review };
};

describe('staff web login on CloudBase (custom login)', () => {
  it('answers a signed custom-login ticket naming the account, and then knows the caller by its custom user id', async () => {
    const { env, admin, auth } = await setUp();
    const r = await auth(
      { action: 'staffLogin', data: { loginName: 'root', password: PASSWORD } },
      anonymousWeb,
    );
    expect(r).toMatchObject({ ok: true, data: { session: 'ticket', user: { id: admin.id, role: 'admin' } } });
    const { keyId, valid, claims } = readTicket((r as { data: { ticket: string } }).data.ticket);
    expect({ keyId, valid }).toEqual({ keyId: 'key-1', valid: true });
    expect(claims).toMatchObject({ uid: admin.id, env });
    // The login state it grants ends with the working day, not the SDK's default week.
    expect(Number(claims.expire) - Number(claims.iat)).toBeLessThanOrEqual(10 * 3600 * 1000 + 1000);

    expect(await auth({ action: 'whoami', data: {} }, signedIn(admin.id))).toMatchObject({
      ok: true,
      data: { id: admin.id, role: 'admin', name: '王老师' },
    });
    const created = await auth(
      {
        action: 'createStaff',
        data: { loginName: 'lihua', name: '李', role: 'reviewer', password: 'Li-pass-1234' },
      },
      signedIn(admin.id),
    );
    expect(created).toMatchObject({ ok: true, data: { loginName: 'lihua' } });
  });

  it('refuses the forbidden paths: wrong password, unknown id, disabled account, a parent id, forged event identity', async () => {
    const { store, admin, auth, review } = await setUp();
    expect(
      await auth(
        { action: 'staffLogin', data: { loginName: 'root', password: 'Wrong-pass-1' } },
        anonymousWeb,
      ),
    ).toMatchObject({ error: { code: 'AUTH.LOGIN_FAILED' } });
    // A custom user id with no account behind it (a ticket from another system, a deleted account).
    expect(await auth({ action: 'whoami', data: {} }, signedIn('u-no-such-account'))).toMatchObject({
      error: { code: 'AUTH.UNAUTHENTICATED' },
    });
    // A parent's account id as a custom user id: staff identities are web accounts only.
    await store.users.insert({
      id: 'u-parent-1',
      provider: 'wechat',
      subject: 'oParent',
      role: 'parent',
      name: '家长',
      createdAt: '',
    });
    expect(await auth({ action: 'whoami', data: {} }, signedIn('u-parent-1'))).toMatchObject({
      error: { code: 'AUTH.UNAUTHENTICATED' },
    });
    // An anonymous browser that writes an openid into its event is still nobody.
    const forged = { action: 'listApplications', data: {}, userInfo: { openId: 'oParent' } };
    expect(await review(forged, anonymousWeb)).toMatchObject({ error: { code: 'AUTH.UNAUTHENTICATED' } });
    // Disabled: the open CloudBase login state is refused on its next call.
    await store.users.update({ ...admin, disabled: true });
    expect(await auth({ action: 'whoami', data: {} }, signedIn(admin.id))).toMatchObject({
      error: { code: 'AUTH.UNAUTHENTICATED' },
    });
  });

  it('never runs a timer for a web caller that claims to be one', async () => {
    const { admin } = await setUp();
    const runs: string[] = [];
    const main = createCloudMain('verify', {}, productionPorts, {
      recheck: async () => void runs.push('recheck'),
    });
    await main({ Type: 'Timer', TriggerName: 'recheck' }, anonymousWeb);
    await main({ Type: 'Timer', TriggerName: 'recheck' }, signedIn(admin.id));
    expect(runs).toEqual([]);
  });

  it('says that web login is not configured when the function has no custom-login key', async () => {
    const { auth } = await setUp(false);
    expect(
      await auth({ action: 'staffLogin', data: { loginName: 'root', password: PASSWORD } }, anonymousWeb),
    ).toMatchObject({
      error: { code: 'AUTH.WEB_LOGIN_UNAVAILABLE' },
    });
  });
});

describe('CUSTOM_LOGIN_KEY at cold start', () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadProductionConfig(env);
      return '';
    } catch (e) {
      return (e as Error).message;
    }
  };

  it("takes the key file as JSON or base64, and explains a bad paste or another environment's key", () => {
    const env = baseEnv('env-1');
    expect(loadProductionConfig({ ...env, CUSTOM_LOGIN_KEY: keyFile('env-1') }).customLoginKey).toMatchObject(
      {
        private_key_id: 'key-1',
        env_id: 'env-1',
      },
    );
    const b64 = Buffer.from(keyFile('env-1')).toString('base64');
    expect(loadProductionConfig({ ...env, CUSTOM_LOGIN_KEY: b64 }).customLoginKey?.env_id).toBe('env-1');
    expect(loadProductionConfig(env).customLoginKey).toBeNull();

    const truncated = keyFile('env-1').replace(/MII[A-Za-z0-9+/]{20}/, 'MII');
    const message = problems({ ...env, CUSTOM_LOGIN_KEY: truncated });
    expect(message).toMatch(/CUSTOM_LOGIN_KEY: must be the content of the custom-login private key file/);
    expect(message).toMatch(/自定义登录/);
    expect(message).not.toContain('PRIVATE KEY');
    expect(problems({ ...env, CUSTOM_LOGIN_KEY: keyFile('env-2') })).toMatch(
      /CUSTOM_LOGIN_KEY: belongs to another environment than TCB_ENV/,
    );
  });
});
