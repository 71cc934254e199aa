import type cloudbase from '@cloudbase/js-sdk';
import type { Envelope } from '../../types/envelope';
import { NETWORK_ERROR_CODE } from './api-error';
import { failure, isEnvelope } from './transport';

/** The part of `@cloudbase/js-sdk` (v3) the staff console uses; tests pass a double of exactly this. */
export type CloudbaseSdk = Pick<typeof cloudbase, 'init'>;

export interface CloudbaseWeb {
  call(fn: string, action: string, data: unknown): Promise<Envelope<unknown>>;
  /** Exchanges the auth function's custom-login ticket for a CloudBase login state (kept in localStorage). */
  signInWithTicket(ticket: string): Promise<void>;
  signOut(): Promise<void>;
}

const readResult = (result: unknown): unknown => {
  // Without `parse: true` some SDK versions hand back the function's object as JSON text.
  if (typeof result !== 'string') return result;
  try {
    return JSON.parse(result) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * The staff console in a desktop browser, talking to CloudBase directly. Functions can only be called
 * with a login state, so a browser that has none (before the staff login) signs in anonymously: that
 * identity names nobody to our functions, which accept it for public actions (staffLogin) only.
 */
export const createCloudbaseWeb = (sdk: CloudbaseSdk, env: string): CloudbaseWeb => {
  const app = sdk.init({ env });
  const auth = app.auth({ persistence: 'local' });

  const ensureLoginState = async (): Promise<void> => {
    if (await auth.hasLoginState()) return;
    const { error } = await auth.signInAnonymously();
    if (error) throw new Error(error.message);
  };

  return {
    async call(fn, action, data) {
      try {
        await ensureLoginState();
        const res = await app.callFunction({ name: fn, data: { action, data }, parse: true });
        const body = readResult(res.result);
        if (isEnvelope(body)) return body;
        return failure(NETWORK_ERROR_CODE, '服务返回了无法识别的结果，请稍后再试。');
      } catch {
        return failure(NETWORK_ERROR_CODE, '网络连接失败，请检查网络后重试。');
      }
    },
    async signInWithTicket(ticket) {
      await auth.signInWithCustomTicket(() => Promise.resolve(ticket));
    },
    async signOut() {
      await auth.signOut();
    },
  };
};
