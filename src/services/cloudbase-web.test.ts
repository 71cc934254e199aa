import { createCloudbaseWeb, type CloudbaseSdk } from './cloudbase-web';

/**
 * A double of `@cloudbase/js-sdk` at its public surface (init → auth, callFunction): CloudBase's servers
 * are out of reach here, so this records what the console asks of the SDK and plays the platform's part.
 */
const fakeSdk = (reply: (name: string, data: unknown) => unknown = () => ({ ok: true, data: {} })) => {
  const log: string[] = [];
  let state: 'none' | 'anonymous' | 'custom' = 'none';
  const auth = {
    hasLoginState: async () => (state === 'none' ? null : { user: {} }),
    signInAnonymously: async () => {
      log.push('signInAnonymously');
      state = 'anonymous';
      return { data: {}, error: null };
    },
    signInWithCustomTicket: async (getTicket: () => Promise<string>) => {
      log.push(`signInWithCustomTicket ${await getTicket()}`);
      state = 'custom';
      return { user: {} };
    },
    signOut: async () => {
      log.push('signOut');
      state = 'none';
    },
  };
  const sdk = {
    init: (config: { env: string }) => {
      log.push(`init ${config.env}`);
      return {
        auth: () => auth,
        callFunction: async ({ name, data }: { name: string; data: unknown }) => {
          log.push(`callFunction ${name} as ${state}`);
          return { result: reply(name, data), requestId: 'r' };
        },
      };
    },
  } as unknown as CloudbaseSdk;
  return { sdk, log };
};

describe('the CloudBase web transport', () => {
  it('signs in anonymously before the first call, then as the staff member with the ticket', async () => {
    const { sdk, log } = fakeSdk((_name, data) => ({ ok: true, data }));
    const web = createCloudbaseWeb(sdk, 'env-1');
    const first = await web.call('auth', 'staffLogin', { loginName: 'root', password: 'p' });
    expect(first).toEqual({
      ok: true,
      data: { action: 'staffLogin', data: { loginName: 'root', password: 'p' } },
    });
    await web.signInWithTicket('key-1/@@/jwt');
    await web.call('review', 'listApplications', {});
    expect(log).toEqual([
      'init env-1',
      'signInAnonymously',
      'callFunction auth as anonymous',
      'signInWithCustomTicket key-1/@@/jwt',
      'callFunction review as custom',
    ]);
  });

  it('reads an envelope sent back as JSON text, and turns anything else into a calm network error', async () => {
    const text = createCloudbaseWeb(
      fakeSdk(() => JSON.stringify({ ok: false, error: { code: 'AUTH.LOCKED', message: 'm' } })).sdk,
      'e',
    );
    expect(await text.call('auth', 'staffLogin', {})).toEqual({
      ok: false,
      error: { code: 'AUTH.LOCKED', message: 'm' },
    });
    const junk = createCloudbaseWeb(fakeSdk(() => 'not json').sdk, 'e');
    expect(await junk.call('auth', 'whoami', {})).toMatchObject({
      ok: false,
      error: { code: 'NETWORK.FAILED' },
    });
    const down = createCloudbaseWeb(
      fakeSdk(() => {
        throw new Error('ECONNRESET');
      }).sdk,
      'e',
    );
    expect(await down.call('auth', 'whoami', {})).toMatchObject({
      ok: false,
      error: { code: 'NETWORK.FAILED' },
    });
  });
});
