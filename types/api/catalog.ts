import { z } from 'zod';
import { emptyInput, idSchema, lngLatSchema, stageSchema } from '../common';
import { addressOptionsSchema, addressSchema } from '../models/address';
import { faqSchema, policySchema, policySummarySchema } from '../models/content';
import { largeDistrictSchema, schoolViewSchema } from '../models/school';
import { seasonSchema } from '../models/season';
import { zoneMatchSchema } from '../models/zone';
import { defineAction } from './define-action';

export const zoneMatchViewSchema = zoneMatchSchema.extend({
  schools: z.array(schoolViewSchema),
});
export type ZoneMatchView = z.infer<typeof zoneMatchViewSchema>;

export const catalogApi = {
  home: defineAction({
    summary: '首页：当前招生季、日程与最新政策。',
    access: 'public',
    input: emptyInput,
    output: z.object({
      season: seasonSchema,
      latestPolicies: z.array(policySummarySchema),
      largeDistricts: z.array(largeDistrictSchema),
    }),
  }),
  listSchools: defineAction({
    summary: '学校列表，可按学段、大学区和名称筛选。',
    access: 'public',
    input: z
      .object({
        stage: stageSchema.optional(),
        largeDistrictId: idSchema.optional(),
        q: z.string().trim().max(20).optional(),
      })
      .strict(),
    output: z.array(schoolViewSchema),
  }),
  getSchool: defineAction({
    summary: '学校详情（含招生计划、电话与位置）。',
    access: 'public',
    input: z.object({ schoolId: idSchema }).strict(),
    output: schoolViewSchema,
  }),
  listPolicies: defineAction({
    summary: '招生政策列表（按发布时间倒序）。',
    access: 'public',
    input: emptyInput,
    output: z.array(policySummarySchema),
  }),
  getPolicy: defineAction({
    summary: '政策详情。',
    access: 'public',
    input: z.object({ policyId: idSchema }).strict(),
    output: policySchema,
  }),
  listFaq: defineAction({
    summary: '常见问题。',
    access: 'public',
    input: emptyInput,
    output: z.array(faqSchema),
  }),
  addressOptions: defineAction({
    summary: '地址选择器的选项：各区县已知的道路与小区。',
    access: 'public',
    input: emptyInput,
    output: addressOptionsSchema,
  }),
  matchZone: defineAction({
    summary: '按地址（及可选坐标）匹配施教区学校；有歧义时返回全部候选并标记人工确认。',
    access: 'public',
    input: z
      .object({ stage: stageSchema, address: addressSchema, location: lngLatSchema.optional() })
      .strict(),
    output: zoneMatchViewSchema,
  }),
};
