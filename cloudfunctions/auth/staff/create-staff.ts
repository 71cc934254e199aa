import { AppError } from '../../lib/app-error';
import type { Handler } from '../../lib/handler';
import { requireCaller } from '../../lib/handler';
import { newId } from '../../lib/new-id';
import type { UserRecord } from '../../lib/ports/records';
import { DuplicateKeyError, type Store } from '../../lib/ports/store';
import { hashPassword } from './password-hash';
import { staffAccountView } from './staff-account-view';
import { managesStaffOf } from './staff-scope';

export interface NewStaff {
  loginName: string;
  name: string;
  role: 'reviewer' | 'admin';
  districtId?: string;
  password: string;
}

/**
 * Creates a staff account and its password in one transaction. The login name is the account's subject
 * under provider 'web', so the Store's (provider, subject) unique key keeps names unique in both adapters.
 * Shared by the admin's action and the operator script that makes the first administrator.
 */
export const createStaffAccount = async (
  store: Store,
  input: NewStaff,
  now: Date,
  createdBy: string | null,
): Promise<UserRecord> => {
  if (input.districtId && !(await store.catalog.listDistricts()).some((d) => d.id === input.districtId))
    throw new AppError('INPUT.INVALID', '所选区县不存在，请重新选择。', [
      { path: ['districtId'], message: '区县不存在' },
    ]);
  const secret = await hashPassword(input.password);
  const user: UserRecord = {
    id: newId('u'),
    provider: 'web',
    subject: input.loginName,
    role: input.role,
    name: input.name,
    ...(input.districtId ? { districtId: input.districtId } : {}),
    createdAt: now.toISOString(),
  };
  try {
    await store.transaction(async (tx) => {
      await tx.users.insert(user);
      await tx.staffCredentials.put({
        userId: user.id,
        ...secret,
        failures: 0,
        updatedAt: now.toISOString(),
      });
      await tx.audit.append({
        at: now.toISOString(),
        actorId: createdBy,
        role: createdBy ? 'admin' : null,
        action: 'staff.create',
        targetType: 'staff_account',
        targetId: user.id,
        detail: { loginName: user.subject, role: user.role, ...(createdBy ? {} : { by: 'operator_script' }) },
      });
    });
  } catch (e) {
    if (e instanceof DuplicateKeyError) throw new AppError('STAFF.LOGIN_NAME_TAKEN');
    throw e;
  }
  return user;
};

export const createStaff: Handler<'auth', 'createStaff'> = async (input, ctx) => {
  const admin = requireCaller(ctx);
  // A district's administrator creates accounts of that district; leaving the district out means theirs.
  const account = { ...input, districtId: input.districtId ?? admin.districtId };
  if (!managesStaffOf(admin, account))
    throw new AppError('AUTH.FORBIDDEN', '只能为本区县创建工作人员账号，请选择本区县或不填。');
  return staffAccountView(await createStaffAccount(ctx.ports.store, account, ctx.now, admin.userId));
};
