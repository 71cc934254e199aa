import { z } from 'zod';

/**
 * A staff login name: what a reviewer types at the staff console. Lower-case only, so that `WangLi` and
 * `wangli` can never be two accounts; the client lower-cases before sending.
 */
export const loginNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, '登录名须以字母开头，3–32 位，只含小写字母、数字、“.”、“_”、“-”');

/** At login any non-empty password is checked: a rule here would tell a guesser what the rule is. */
export const loginPasswordSchema = z.string().min(1, '请输入密码').max(128, '密码过长');

/**
 * A new password set by an admin (or the operator script). Length is what makes a password strong; a
 * letter and a digit keep out the commonest all-digit choices.
 */
export const newPasswordSchema = z
  .string()
  .min(10, '密码至少 10 位')
  .max(128, '密码最多 128 位')
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), '密码须同时包含字母和数字');

export const staffRoleSchema = z.enum(['reviewer', 'admin']);
export type StaffRole = z.infer<typeof staffRoleSchema>;
