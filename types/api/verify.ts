import { z } from 'zod';
import { idSchema } from '../common';
import { departmentKindSchema } from '../models/department-facts';
import {
  categoryResultSchema,
  categoryRuleSchema,
  categoryRulesSchema,
  verificationViewSchema,
} from '../models/verification';
import { defineAction } from './define-action';

/** Materials are photos compressed on the client; the limit keeps a request under the body limit. */
export const MATERIAL_MAX_BYTES = 1_500_000;
export const MATERIAL_TYPES = ['image/jpeg', 'image/png'] as const;

export const verifyApi = {
  start: defineAction({
    summary: '一键核验：监护人同意后，向公安、自然资源、人社、住建、人武部、组织部核验；家长确认结果即可。',
    access: ['parent'],
    input: z
      .object({
        seasonId: idSchema,
        childId: idSchema,
        /** Typed once per guardian; stored encrypted and reused for the next child. */
        guardianIdNumber: z.string().max(40).optional(),
      })
      .strict(),
    output: verificationViewSchema,
  }),
  get: defineAction({
    summary: '核验结果。',
    access: ['parent'],
    input: z.object({ verificationId: idSchema }).strict(),
    output: verificationViewSchema,
  }),
  confirm: defineAction({
    summary: '家长确认部门返回的信息；对有异议的项目标注后需补充材料。',
    access: ['parent'],
    input: z
      .object({ verificationId: idSchema, disputed: z.array(departmentKindSchema).max(6).default([]) })
      .strict(),
    output: verificationViewSchema,
  }),
  uploadMaterial: defineAction({
    summary: '上传补充材料（仅在核验不一致或部门不可用时需要）：JPEG/PNG 照片，客户端压缩后不超过 1.5 MB。',
    access: ['parent'],
    input: z
      .object({
        verificationId: idSchema,
        kind: departmentKindSchema,
        fileName: z.string().trim().min(1).max(80),
        contentType: z.enum(MATERIAL_TYPES, { message: '只能上传 JPG 或 PNG 照片' }),
        dataBase64: z
          .string()
          .max(Math.ceil((MATERIAL_MAX_BYTES * 4) / 3) + 4, '照片超过 1.5 MB，请压缩后重新上传')
          .regex(/^[A-Za-z0-9+/]+={0,2}$/, '照片数据格式不正确，请重新选择照片'),
      })
      .strict(),
    output: verificationViewSchema,
  }),
  category: defineAction({
    summary: '按本季入学类别规则，解释孩子报某所学校时的入学类别。',
    access: ['parent'],
    input: z.object({ verificationId: idSchema, schoolId: idSchema }).strict(),
    output: categoryResultSchema,
  }),
  recheck: defineAction({
    summary: '重新核验部门不可用时暂存的报名（生产环境由定时触发器调用，本地按间隔运行）。',
    access: ['admin'],
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.object({
      checked: z.number().int(),
      completed: z.number().int(),
      stillPending: z.number().int(),
    }),
  }),
  getRules: defineAction({
    summary: '本季入学类别规则表。',
    access: ['reviewer', 'admin'],
    input: z.object({ seasonId: idSchema }).strict(),
    output: categoryRulesSchema,
  }),
  putRules: defineAction({
    summary: '修改本季入学类别规则表（管理员）。',
    access: ['admin'],
    input: z.object({ seasonId: idSchema, rules: z.array(categoryRuleSchema).min(1).max(20) }).strict(),
    output: categoryRulesSchema,
  }),
  stats: defineAction({
    summary:
      '招生统计：减负与准确率指标（R1.5）与双胞胎绑定组数（R2.1）——每份报名的填写项、补充材料、填报用时、事后更正，以及自动核验通过率。',
    access: ['reviewer', 'admin'],
    input: z.object({ seasonId: idSchema }).strict(),
    output: z.object({
      applications: z.number().int(),
      autoVerifiedRate: z.number().min(0).max(1),
      avgFieldsTyped: z.number(),
      avgMaterialsRequested: z.number(),
      medianSecondsToSubmit: z.number().nullable(),
      correctionsPerApplication: z.number(),
      /** Bound twins/multiples groups (R2.1; the bulletin reports 76 pairs in 2024). */
      siblingGroups: z.number().int(),
    }),
  }),
};
