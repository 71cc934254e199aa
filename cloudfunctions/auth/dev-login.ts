import { ROLE_LABELS } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { newId } from '../lib/new-id';
import type { UserRecord } from '../lib/ports/records';

const SESSION_SECONDS = 8 * 60 * 60;

/**
 * Local mode only (the dispatcher refuses it elsewhere): stands in for WeChat login so that the whole
 * product can be tried in a browser. Staff get the first district unless another is named.
 */
export const devLogin: Handler<'auth', 'devLogin'> = async (input, ctx) => {
  const { store, tokens } = ctx.ports;
  const subject = input.subject ?? newId(input.role);
  let user = await store.users.findBySubject('dev', subject);
  if (user && user.role !== input.role) {
    throw new AppError('INPUT.INVALID', `该演示账号的角色是“${ROLE_LABELS[user.role]}”，请换一个账号名。`);
  }
  if (!user) {
    const isStaff = input.role === 'reviewer' || input.role === 'admin';
    const districtId = isStaff
      ? (input.districtId ?? (await store.catalog.listDistricts())[0]?.id)
      : undefined;
    user = {
      id: newId('u'),
      provider: 'dev',
      subject,
      role: input.role,
      name: `演示${ROLE_LABELS[input.role]}`,
      ...(districtId ? { districtId } : {}),
      createdAt: ctx.now.toISOString(),
    } satisfies UserRecord;
    await store.users.insert(user);
  }
  const exp = Math.floor(ctx.now.getTime() / 1000) + SESSION_SECONDS;
  return {
    token: tokens.sign({ sub: user.id, role: user.role, exp }),
    user: {
      id: user.id,
      role: user.role,
      name: user.name,
      ...(user.districtId ? { districtId: user.districtId } : {}),
    },
    expiresAt: new Date(exp * 1000).toISOString(),
  };
};
