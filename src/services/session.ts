import Taro from '@tarojs/taro';
import type { SessionUser } from '../../types/api/auth';

// Only the local runtime has tokens (dev login); inside WeChat the identity is the openid.
const KEY = 'ryjs.session';

interface StoredSession {
  token: string;
  user: SessionUser;
  expiresAt: string;
}

export const usesTokens = (): boolean => process.env.TARO_ENV !== 'weapp';

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
export const needsLogin = (): boolean => usesTokens() && !getToken();
