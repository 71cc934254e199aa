import { createHmac, randomBytes } from 'node:crypto';
import { createCloudMain } from '../../cloudfunctions/lib/cloud-entry';
import { loadProductionConfig } from '../../cloudfunctions/lib/production-config';
import { productionPorts, productionPortsWith } from '../../cloudfunctions/lib/production-ports';
import { enrollHandlers } from '../../cloudfunctions/enroll/handlers';
import { CONSENT_VERSION } from '../../types';
import { openFakeCloudbaseDb } from './support/cloudbase-fake-db';
import type * as FakeNetwork from './support/cloudbase-fake-network';

// The SDK's request function is the one replaced module (see cloudbase-store.test.ts): productionPorts
// builds the real node-sdk app, and its database calls land in an in-process CloudBase backend.
jest.mock('@cloudbase/node-sdk/dist/utils/tcbapirequester', () => ({
  ...jest.requireActual('@cloudbase/node-sdk/dist/utils/tcbapirequester'),
  request: (args: Parameters<typeof FakeNetwork.fakeRequest>[0]) =>
    jest.requireActual<typeof FakeNetwork>('./support/cloudbase-fake-network').fakeRequest(args),
}));

const key = () => randomBytes(32).toString('base64');
const validEnv = (tcbEnv: string): Record<string, string> => ({
  TCB_ENV: tcbEnv,
  DATA_KEY: key(),
  BLIND_KEY: key(),
  DEPARTMENTS_BASE_URL: 'https://dsp.example.gov.cn/api',
  DEPARTMENTS_APP_KEY: 'ruxue',
  DEPARTMENTS_APP_SECRET: 'x'.repeat(40),
});

const problems = (env: Record<string, string | undefined>) => {
  try {
    loadProductionConfig(env);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('production configuration', () => {
  it('names every missing variable at once, never a value', () => {
    const message = problems({});
    for (const name of ['TCB_ENV', 'DATA_KEY', 'BLIND_KEY', 'DEPARTMENTS_BASE_URL', 'DEPARTMENTS_APP_SECRET'])
      expect(message).toContain(`${name}: `);
    expect(message).toMatch(/docs\/deploy\.md/);
  });

  it('explains a bad key, a reused key, a bad prefix and a half pair of credentials', () => {
    const good = validEnv('env-1');
    const message = problems({
      ...good,
      DATA_KEY: Buffer.alloc(16).toString('base64'),
      COLLECTION_PREFIX: 'a-b',
      TCB_SECRET_ID: 'only-the-id',
    });
    expect(message).toMatch(/DATA_KEY: must be base64 of 32 random bytes/);
    expect(message).toMatch(/COLLECTION_PREFIX: may hold only/);
    expect(message).toMatch(/TCB_SECRET_ID, TCB_SECRET_KEY: set both or neither/);
    expect(message).not.toContain(good.BLIND_KEY);
    expect(problems({ ...good, BLIND_KEY: good.DATA_KEY })).toMatch(/BLIND_KEY: must differ from DATA_KEY/);
    expect(problems({ ...good, DEPARTMENTS_BASE_URL: 'http://dsp.example.gov.cn' })).toMatch(
      /DEPARTMENTS_BASE_URL: must use https/,
    );
  });

  it('takes a subscribe-message template per kind, checks its form, and leaves unset kinds in-app only', () => {
    const good = validEnv('env-1');
    const tpl = 'oAujDykWLvy8ci2leuDFyTInJRYpkJ08ufLykYlIHYM';
    expect(loadProductionConfig({ ...good, SUBSCRIBE_TEMPLATE_APPLICATION_RECEIVED: tpl }).subscribe).toEqual(
      {
        templates: { application_received: tpl },
        page: 'pages/applications/index',
        miniprogramState: 'formal',
      },
    );
    const message = problems({
      ...good,
      SUBSCRIBE_TEMPLATE_LOTTERY_RESULT: '录取通知',
      MINIPROGRAM_STATE: 'beta',
    });
    expect(message).toMatch(/SUBSCRIBE_TEMPLATE_LOTTERY_RESULT: must be a subscribe-message template id/);
    expect(message).toMatch(/MINIPROGRAM_STATE: must be formal, trial or developer/);
  });

  it('lets the SDK use the current environment inside CloudBase, and nowhere else', () => {
    const { TCB_ENV: _none, ...rest } = validEnv('x');
    expect(loadProductionConfig({ ...rest, TENCENTCLOUD_RUNENV: 'SCF' }).env).toBeNull();
    expect(problems(rest)).toMatch(/TCB_ENV: is required outside CloudBase/);
    expect(loadProductionConfig(validEnv('env-2'))).toMatchObject({ env: 'env-2', collectionPrefix: '' });
  });
});

describe('productionPorts', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('wires the CloudBase store, the keys, no tokens and production mode', async () => {
    const { env } = await openFakeCloudbaseDb();
    const vars = validEnv(env);
    const ports = await productionPorts(vars);
    expect(ports.mode).toBe('production');
    expect(ports.crypto.blindIndex('510703201809150015')).toBe(
      createHmac('sha256', Buffer.from(vars.BLIND_KEY!, 'base64')).update('510703201809150015').digest('hex'),
    );
    expect(ports.crypto.decrypt(ports.crypto.encrypt('secret'))).toBe('secret');
    expect(ports.tokens.verify('anything.at-all', 0)).toBeNull();
    expect(() => ports.tokens.sign({ sub: 'u', role: 'admin', exp: 1 })).toThrow(/local mode/);
    expect(await ports.store.catalog.currentSeason()).toBeNull();
  });

  it('wires the department gateway only where asked (verify): elsewhere a call is a wiring bug', async () => {
    const { env } = await openFakeCloudbaseDb();
    const others = await productionPorts(validEnv(env));
    await expect(others.departments.check({ kind: 'hukou' } as never)).rejects.toThrow(/only verify/);
    let wired: unknown;
    await productionPortsWith((config) => {
      wired = config;
      return others.departments;
    })(validEnv(env));
    expect(wired).toMatchObject({ baseUrl: expect.any(String) });
  });

  it('answers enroll.getConsent for a WeChat openid end to end, through the function entry', async () => {
    const { env, backend } = await openFakeCloudbaseDb();
    process.env = { ...saved, ...validEnv(env) };
    const main = createCloudMain('enroll', { enroll: enrollHandlers }, productionPorts);
    const caller = { userInfo: { openId: 'oWx_parent_0001', appId: 'wx123' } };

    expect(await main({ action: 'getConsent', data: {}, ...caller })).toEqual({
      ok: true,
      data: { version: CONSENT_VERSION, accepted: false },
    });
    const accepted = await main({
      action: 'acceptConsent',
      data: { version: CONSENT_VERSION, guardianName: '张三' },
      ...caller,
    });
    expect(accepted).toMatchObject({ ok: true, data: { accepted: true } });
    expect(await main({ action: 'getConsent', data: {}, ...caller })).toMatchObject({
      ok: true,
      data: { version: CONSENT_VERSION, accepted: true },
    });
    // First contact made a parent account bound to the openid, in the CloudBase database.
    expect(backend.storage.scan('users')).toEqual([
      expect.objectContaining({ provider: 'wechat', subject: 'oWx_parent_0001', role: 'parent' }),
    ]);
    expect(backend.storage.scan('consents')).toHaveLength(1);
  });

  it('answers the calm envelope and logs the variables to set when the environment is empty', async () => {
    process.env = { PATH: saved.PATH } as unknown as NodeJS.ProcessEnv;
    const logged: string[] = [];
    jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void logged.push(a.join(' ')));
    const main = createCloudMain('enroll', { enroll: enrollHandlers }, productionPorts);
    expect(await main({ action: 'getConsent', data: {}, userInfo: { openId: 'o1' } })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL.ERROR' },
    });
    const log = logged.join('\n');
    for (const name of ['TCB_ENV', 'DATA_KEY', 'BLIND_KEY', 'DEPARTMENTS_BASE_URL', 'DEPARTMENTS_APP_KEY'])
      expect(log).toMatch(new RegExp(`^  ${name}: `, 'm'));
    expect(log).toMatch(/DEPARTMENTS_BASE_URL: is required/);
  });
});
