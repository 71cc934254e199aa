import { z } from 'zod';
import { emptyInput, idSchema } from '../common';
import {
  loginNameSchema,
  loginPasswordSchema,
  newPasswordSchema,
  staffRoleSchema,
} from '../models/staff-account';
import { roleSchema } from '../roles';
import { defineAction } from './define-action';

export const sessionUserSchema = z.object({
  id: idSchema,
  role: roleSchema,
  name: z.string(),
  districtId: idSchema.optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/**
 * What a staff login hands the browser: locally a bearer token for the HTTP API; on CloudBase a
 * custom-login ticket that the browser exchanges for a CloudBase login state (js-sdk).
 */
export const staffSessionSchema = z.discriminatedUnion('session', [
  z.object({
    session: z.literal('token'),
    token: z.string(),
    user: sessionUserSchema,
    expiresAt: z.string(),
  }),
  z.object({
    session: z.literal('ticket'),
    ticket: z.string(),
    user: sessionUserSchema,
    expiresAt: z.string(),
  }),
]);
export type StaffSession = z.infer<typeof staffSessionSchema>;

const staffAccountSchema = z.object({
  id: idSchema,
  loginName: z.string(),
  role: staffRoleSchema,
  name: z.string(),
  districtId: idSchema.optional(),
  disabled: z.boolean(),
});

export const authApi = {
  devLogin: defineAction({
    summary: '本地模式开发登录：按角色签发带有效期的令牌（生产环境不存在）。',
    access: 'public',
    localOnly: true,
    input: z
      .object({
        role: roleSchema,
        /** Log in again as the same person; a new one is created when absent. */
        subject: z
          .string()
          .regex(/^[A-Za-z0-9_-]{1,64}$/)
          .optional(),
        districtId: idSchema.optional(),
      })
      .strict(),
    output: z.object({ token: z.string(), user: sessionUserSchema, expiresAt: z.string() }),
  }),
  staffLogin: defineAction({
    summary:
      '工作人员用登录名和密码登录：本地签发令牌，云开发环境签发自定义登录凭据；连续失败会被暂时锁定，每次尝试都记入审计日志。',
    access: 'public',
    input: z.object({ loginName: loginNameSchema, password: loginPasswordSchema }).strict(),
    output: staffSessionSchema,
  }),
  createStaff: defineAction({
    summary: '管理员创建审核员或管理员账号（登录名唯一，初始密码由管理员告知本人）。',
    access: ['admin'],
    input: z
      .object({
        loginName: loginNameSchema,
        name: z.string().trim().min(1, '请填写姓名').max(40, '姓名过长'),
        role: staffRoleSchema,
        districtId: idSchema.optional(),
        password: newPasswordSchema,
      })
      .strict(),
    output: staffAccountSchema,
  }),
  resetStaffPassword: defineAction({
    summary: '管理员重设工作人员密码，同时解除登录锁定。',
    access: ['admin'],
    input: z.object({ loginName: loginNameSchema, password: newPasswordSchema }).strict(),
    output: staffAccountSchema,
  }),
  setStaffDisabled: defineAction({
    summary: '管理员停用或恢复工作人员账号；停用立即生效，已登录的会话也随之失效。',
    access: ['admin'],
    input: z.object({ loginName: loginNameSchema, disabled: z.boolean() }).strict(),
    output: staffAccountSchema,
  }),
  whoami: defineAction({
    summary: '当前登录用户及角色。',
    access: ['parent', 'helper', 'reviewer', 'admin'],
    input: emptyInput,
    output: sessionUserSchema,
  }),
};
