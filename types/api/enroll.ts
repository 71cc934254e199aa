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
  withdraw: defineAction({
    summary: '撤回报名（截止时间前）。撤回后可重新报名。',
    access: ['parent'],
    input: z.object({ applicationId: idSchema, reason: z.string().trim().max(100).optional() }).strict(),
    output: applicationViewSchema,
  }),
};
