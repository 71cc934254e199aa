import Taro from '@tarojs/taro';
import type { SessionUser } from '../../types/api/auth';

// Inside WeChat the identity is the openid and there is no session here. In a browser the app keeps one:
// with a bearer token (the local server's HTTP API), or without (the staff console on CloudBase, where the
// js-sdk keeps the login state and this only remembers who is signed in, for the pages).
const KEY = 'ryjs.session';

interface StoredSession {
  token?: string;
  user: SessionUser;
  expiresAt: string;
}

/** Whether the app keeps its own session and has login pages (every build but the mini-program's). */
export const usesTokens = (): boolean => process.env.TARO_ENV !== 'weapp';

/** The H5 staff console built for CloudBase (H5_TCB_ENV at build time): js-sdk custom login, no tokens. */
export const usesWebLogin = (): boolean => process.env.TARO_ENV === 'h5' && WEB_CLOUD_ENV !== '';

const read = (): StoredSession | undefined => {
  const stored: unknown = Taro.getStorageSync(KEY);
  if (!stored || typeof stored !== 'object') return undefined;
  const session = stored as StoredSession;
  if (Date.parse(session.expiresAt) <= Date.now()) return undefined;
  return session;
};

export const getToken = (): string | undefined => read()?.token;
export const getSessionUser = (): SessionUser | undefined => read()?.user;
export const saveSession = (session: StoredSession): void => Taro.setStorageSync(KEY, session);
export const clearSession = (): void => Taro.removeStorageSync(KEY);

/** Whether a login is needed before calling a non-public action. */
export const needsLogin = (): boolean => usesTokens() && (usesWebLogin() ? !read() : !getToken());
