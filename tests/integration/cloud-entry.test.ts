import { createCloudMain } from '../../cloudfunctions/lib/cloud-entry';
import { registry } from '../../cloudfunctions/registry';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => {
  rt = await startTestRuntime();
});
afterEach(() => rt.close());

describe('the CloudBase entry', () => {
  it('identifies the caller by the openid in the WeChat context, creating a parent account once', async () => {
    const main = createCloudMain('enroll', registry, async () => ({ ...rt.ports, mode: 'production' }));
    const event = { action: 'getConsent', data: {}, userInfo: { openId: 'oABC123', appId: 'wx1' } };
    expect(await main(event)).toMatchObject({ ok: true, data: { accepted: false } });
    expect(await main(event)).toMatchObject({ ok: true });
    expect(await rt.ports.store.users.findBySubject('wechat', 'oABC123')).toMatchObject({ role: 'parent' });
  });

  it('names the account by a keyed hash, never a piece of the openid, and once when first calls race', async () => {
    const main = createCloudMain('enroll', registry, async () => ({ ...rt.ports, mode: 'production' }));
    const openId = 'oXYZ-first-contact-7Qx2pLmN9aBcDeF';
    const event = { action: 'getConsent', data: {}, userInfo: { openId, appId: 'wx1' } };
    const answers = await Promise.all([main(event), main(event), main(event)]);
    expect(answers.every((a) => a.ok)).toBe(true);
    const user = (await rt.ports.store.users.findBySubject('wechat', openId))!;
    expect(user.id).toMatch(/^u-[0-9a-f]{24}$/);
    for (let n = 6; n <= openId.length; n++) expect(user.id).not.toContain(openId.slice(-n).slice(0, 6));
  });

  it('refuses a call without an openid and refuses devLogin in production', async () => {
    const enroll = createCloudMain('enroll', registry, async () => ({ ...rt.ports, mode: 'production' }));
    expect(await enroll({ action: 'listMine', data: {} })).toMatchObject({
      error: { code: 'AUTH.UNAUTHENTICATED' },
    });
    const auth = createCloudMain('auth', registry, async () => ({ ...rt.ports, mode: 'production' }));
    expect(await auth({ action: 'devLogin', data: { role: 'admin' } })).toMatchObject({
      error: { code: 'AUTH.DEV_LOGIN_DISABLED' },
    });
  });
});

describe('timer triggers', () => {
  it('runs a declared timer job as the system, and refuses a client pretending to be a timer', async () => {
    const runs: string[] = [];
    const main = createCloudMain('verify', registry, async () => ({ ...rt.ports, mode: 'production' }), {
      recheck: async () => {
        runs.push('recheck');
        return { checked: 0 };
      },
    });
    expect(await main({ Type: 'Timer', TriggerName: 'recheck' })).toEqual({ ok: true, data: { checked: 0 } });
    expect(await main({ Type: 'Timer', TriggerName: 'nope' })).toMatchObject({ ok: false });
    const forged = await main({ Type: 'Timer', TriggerName: 'recheck', userInfo: { openId: 'oX' } });
    expect(forged).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
    expect(runs).toEqual(['recheck']);
  });
});
