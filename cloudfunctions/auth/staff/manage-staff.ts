import { AppError } from '../../lib/app-error';
import type { Handler, HandlerContext } from '../../lib/handler';
import { requireCaller } from '../../lib/handler';
import type { UserRecord } from '../../lib/ports/records';
import { hashPassword } from './password-hash';
import { isStaffAccount, staffAccountView } from './staff-account-view';
import { managesStaffOf } from './staff-scope';

/** Another district's account answers "not found", like a name that does not exist. */
const findStaff = async (ctx: HandlerContext, loginName: string): Promise<UserRecord> => {
  const user = await ctx.ports.store.users.findBySubject('web', loginName);
  if (!isStaffAccount(user) || !managesStaffOf(requireCaller(ctx), user))
    throw new AppError('NOT_FOUND.STAFF');
  return user;
};

/** A new password also clears the failure count and any lock: the admin has just spoken to the person. */
export const resetStaffPassword: Handler<'auth', 'resetStaffPassword'> = async (input, ctx) => {
  requireCaller(ctx);
  const user = await findStaff(ctx, input.loginName);
  const secret = await hashPassword(input.password);
  await ctx.ports.store.transaction(async (tx) => {
    await tx.staffCredentials.put({
      userId: user.id,
      ...secret,
      failures: 0,
      updatedAt: ctx.now.toISOString(),
    });
    await ctx.audit(
      {
        action: 'staff.reset_password',
        targetType: 'staff_account',
        targetId: user.id,
        detail: { loginName: user.subject },
      },
      tx,
    );
  });
  return staffAccountView(user);
};

/**
 * Disabling takes effect on the account's next call: every call re-reads the account, so an open session
 * (local token or CloudBase login state) is refused from then on. An admin cannot disable themself, so
 * the last administrator cannot lock everyone out by mistake.
 */
export const setStaffDisabled: Handler<'auth', 'setStaffDisabled'> = async (input, ctx) => {
  const admin = requireCaller(ctx);
  const user = await findStaff(ctx, input.loginName);
  if (user.id === admin.userId && input.disabled) throw new AppError('STAFF.CANNOT_DISABLE_SELF');
  const { disabled: _was, ...rest } = user;
  const next: UserRecord = {
    ...rest,
    ...(input.disabled ? { disabled: true } : {}),
    updatedAt: ctx.now.toISOString(),
  };
  await ctx.ports.store.transaction(async (tx) => {
    await tx.users.update(next);
    await ctx.audit(
      {
        action: input.disabled ? 'staff.disable' : 'staff.enable',
        targetType: 'staff_account',
        targetId: user.id,
        detail: { loginName: user.subject },
      },
      tx,
    );
  });
  return staffAccountView(next);
};
