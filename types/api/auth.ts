import { z } from 'zod';
import { emptyInput, idSchema } from '../common';
import { roleSchema } from '../roles';
import { defineAction } from './define-action';

export const sessionUserSchema = z.object({
  id: idSchema,
  role: roleSchema,
  name: z.string(),
  districtId: idSchema.optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

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
  whoami: defineAction({
    summary: '当前登录用户及角色。',
    access: ['parent', 'helper', 'reviewer', 'admin'],
    input: emptyInput,
    output: sessionUserSchema,
  }),
};
