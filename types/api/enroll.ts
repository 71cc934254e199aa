import { z } from 'zod';
import { emptyInput, idempotencyKeySchema, idSchema, instantSchema } from '../common';
import { applicationFormSchema, applicationViewSchema } from '../models/application';
import { childNameSchema, childViewSchema } from '../models/child';
import { defineAction } from './define-action';

/** Version of the guardian consent text; a new version must be accepted again. */
export const CONSENT_VERSION = '2026-1';

export const consentStateSchema = z.object({
  version: z.string(),
  accepted: z.boolean(),
  acceptedAt: instantSchema.optional(),
});

export const enrollApi = {
  getConsent: defineAction({
    summary: '监护人授权状态。',
    access: ['parent'],
    input: emptyInput,
    output: consentStateSchema,
  }),
  acceptConsent: defineAction({
    summary: '记录监护人同意《监护人授权与隐私保护说明》（采集儿童信息前必须）。',
    access: ['parent'],
    input: z.object({ version: z.literal(CONSENT_VERSION), guardianName: childNameSchema }).strict(),
    output: consentStateSchema,
  }),
  addChild: defineAction({
    summary: '添加孩子：姓名与身份证号；出生日期与性别由身份证号推算。',
    access: ['parent'],
    input: z.object({ name: childNameSchema, idNumber: z.string().max(40) }).strict(),
    output: childViewSchema,
  }),
  listChildren: defineAction({
    summary: '我添加的孩子（身份证号脱敏）。',
    access: ['parent'],
    input: emptyInput,
    output: z.array(childViewSchema),
  }),
  submit: defineAction({
    summary: '提交报名。以客户端生成的提交编号保证重试幂等；同一儿童同一招生季只能有一份有效报名。',
    access: ['parent'],
    input: applicationFormSchema.extend({ idempotencyKey: idempotencyKeySchema }).strict(),
    output: applicationViewSchema,
  }),
  listMine: defineAction({
    summary: '我的报名及状态时间线。',
    access: ['parent'],
    input: emptyInput,
    output: z.array(applicationViewSchema),
  }),
  getApplication: defineAction({
    summary: '报名详情。',
    access: ['parent'],
    input: z.object({ applicationId: idSchema }).strict(),
    output: applicationViewSchema,
  }),
  bindSiblings: defineAction({
    summary:
      '双胞胎（多胞胎）绑定摇号：同一监护人、同一出生日期、报名同一学校的 2 至 4 份报名绑定为一个摇号单位，截止前可解除。',
    access: ['parent'],
    input: z.object({ applicationIds: z.array(idSchema).min(2).max(4) }).strict(),
    output: z.array(applicationViewSchema),
  }),
  unbindSiblings: defineAction({
    summary: '解除双胞胎（多胞胎）绑定（报名截止前）。',
    access: ['parent'],
    input: z.object({ groupId: idSchema }).strict(),
    output: z.array(applicationViewSchema),
  }),
  withdraw: defineAction({
    summary: '撤回报名（截止时间前）。撤回后可重新报名。',
    access: ['parent'],
    input: z.object({ applicationId: idSchema, reason: z.string().trim().max(100).optional() }).strict(),
    output: applicationViewSchema,
  }),
};
