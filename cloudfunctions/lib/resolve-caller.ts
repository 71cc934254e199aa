import type { Caller } from './caller';
import type { Ports } from './ports/ports';
import type { UserRecord } from './ports/records';
import { DuplicateKeyError } from './ports/store';

/**
 * What the runtime knows about the request's origin: a bearer token (local), a WeChat openid, or the
 * custom user id of a CloudBase web login (the staff console), which is our staff account's id.
 */
export type IdentityInput = { token?: string; openid?: string; customUserId?: string };

export type CallerResult = { caller: Caller } | { caller: null; reason: 'missing' | 'invalid' };

const toCaller = (u: UserRecord): Caller => ({
  userId: u.id,
  role: u.role,
  name: u.name,
  ...(u.districtId ? { districtId: u.districtId } : {}),
});

export const resolveCaller = async (
  identity: IdentityInput,
  ports: Ports,
  now: Date,
): Promise<CallerResult> => {
  if (identity.customUserId) {
    // Only our auth function can sign a ticket for this id (the environment's custom-login key), but the
    // account must still exist, be a staff account and not be disabled: each is checked on every call.
    const user = await ports.store.users.get(identity.customUserId);
    if (!user || user.provider !== 'web' || user.disabled) return { caller: null, reason: 'invalid' };
    return { caller: toCaller(user) };
  }
  if (identity.openid) {
    // Inside WeChat the platform vouches for the openid. First contact creates a parent account;
    // staff accounts are created by an admin and bound to their openid or web login.
    const existing = await ports.store.users.findBySubject('wechat', identity.openid);
    if (existing?.disabled) return { caller: null, reason: 'invalid' };
    if (existing) return { caller: toCaller(existing) };
    const user: UserRecord = {
      // A keyed hash, not a piece of the openid: user ids reach helpers and audit entries, and an openid
      // is personal data (PIPL). Deterministic, so two first calls at once name the same account.
      id: `u-${ports.crypto.blindIndex(`wechat:${identity.openid}`).slice(0, 24)}`,
      provider: 'wechat',
      subject: identity.openid,
      role: 'parent',
      name: '微信用户',
      createdAt: now.toISOString(),
    };
    try {
      await ports.store.users.insert(user);
    } catch (e) {
      // The family's first two calls raced: the other one created the account.
      if (!(e instanceof DuplicateKeyError)) throw e;
      const created = await ports.store.users.findBySubject('wechat', identity.openid);
      if (!created) throw e;
      return { caller: toCaller(created) };
    }
    return { caller: toCaller(user) };
  }
  if (!identity.token) return { caller: null, reason: 'missing' };
  const claims = ports.tokens.verify(identity.token, Math.floor(now.getTime() / 1000));
  if (!claims) return { caller: null, reason: 'invalid' };
  const user = await ports.store.users.get(claims.sub);
  if (!user || user.role !== claims.role || user.disabled) return { caller: null, reason: 'invalid' };
  return { caller: toCaller(user) };
};
