import { z } from 'zod';
import { emptyInput, idSchema } from '../common';
import {
  familyProgressSchema,
  GRANT_DEFAULT_DAYS,
  GRANT_MAX_DAYS,
  grantExpiryReportSchema,
  grantViewSchema,
  helpedFamilySchema,
  helperCardSchema,
  helperCodeSchema,
  helperProfileInputSchema,
  helperProfileSchema,
  helperScopeSchema,
} from '../models/helper';
import { defineAction } from './define-action';

/** R4.2 and R6.3: helpers follow a family's progress only while the parent's authorisation lasts. */
export const helperApi = {
  lookupHelper: defineAction({
    summary: '家长输入帮办码，查看帮办员的姓名和单位（确认授权前）。',
    access: ['parent'],
    input: z.object({ code: helperCodeSchema }).strict(),
    output: helperCardSchema,
  }),
  grant: defineAction({
    summary: `授权帮办员查看本家庭的报名进度和结果：默认 ${GRANT_DEFAULT_DAYS} 天，最长 ${GRANT_MAX_DAYS} 天，可随时撤销。`,
    access: ['parent'],
    input: z
      .object({
        code: helperCodeSchema,
        scope: z.array(helperScopeSchema).min(1).max(1).default(['view_progress']),
        days: z
          .number()
          .int()
          .min(1, '授权至少 1 天')
          .max(GRANT_MAX_DAYS, `授权最长 ${GRANT_MAX_DAYS} 天`)
          .default(GRANT_DEFAULT_DAYS),
      })
      .strict(),
    output: grantViewSchema,
  }),
  revoke: defineAction({
    summary: '撤销一项帮办授权，立即生效（已结束的授权原样返回）。',
    access: ['parent'],
    input: z.object({ grantId: idSchema }).strict(),
    output: grantViewSchema,
  }),
  listMyGrants: defineAction({
    summary: '我给出的帮办授权：有效的在前，含已撤销和已到期的记录及最近查看时间。',
    access: ['parent'],
    input: emptyInput,
    output: z.array(grantViewSchema),
  }),
  myProfile: defineAction({
    summary: '帮办员本人的帮办码、姓名和单位；尚未登记时为 null。',
    access: ['helper'],
    input: emptyInput,
    output: helperProfileSchema.nullable(),
  }),
  saveProfile: defineAction({
    summary: '帮办员登记或修改姓名、单位和身份类别；第一次登记时生成帮办码，之后不变。',
    access: ['helper'],
    input: helperProfileInputSchema,
    output: helperProfileSchema,
  }),
  listFamilies: defineAction({
    summary: '授权我帮办的家庭（仅有效期内的授权），按到期时间排列。',
    access: ['helper'],
    input: emptyInput,
    output: z.array(helpedFamilySchema),
  }),
  viewFamily: defineAction({
    summary: '查看一个已授权家庭的孩子、报名进度和摇号结果（身份证号码已遮挡）；每次查看都记入审计日志。',
    access: ['helper'],
    input: z.object({ familyId: idSchema }).strict(),
    output: familyProgressSchema,
  }),
  expireGrants: defineAction({
    summary: '结束已到期的帮办授权并通知家长（与定时任务相同）。',
    access: ['admin'],
    input: emptyInput,
    output: grantExpiryReportSchema,
  }),
};
