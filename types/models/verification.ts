import { z } from 'zod';
import { idSchema, instantSchema } from '../common';
import { addressSchema } from './address';
import { departmentKindSchema } from './department-facts';

/**
 * The outcome of one department check as the family and staff see it. `needsMaterial` is true only for
 * a definite mismatch, a missing record the category depends on, or an unavailable department the
 * parent chose not to wait for: materials are the exception, not the rule (R1.1).
 */
export const checkOutcomeSchema = z.enum(['verified', 'mismatch', 'not_found', 'unavailable']);
export type CheckOutcome = z.infer<typeof checkOutcomeSchema>;

export const checkResultSchema = z.object({
  kind: departmentKindSchema,
  department: z.string(),
  outcome: checkOutcomeSchema,
  /** One line in Chinese, e.g. "公安：户籍地址 云溪区南湖路57号 已核验". */
  summary: z.string(),
  /** Minimised facts as the department returned them (absent unless found). */
  facts: z.record(z.string(), z.unknown()).optional(),
  checkedAt: instantSchema,
  /** SHA-256 of the department's raw answer: proves what was received without storing more. */
  responseHash: z.string().optional(),
  needsMaterial: z.boolean(),
  /** The parent disputed what the department returned. */
  disputed: z.boolean(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const factConditionSchema = z.discriminatedUnion('fact', [
  z.object({ fact: z.literal('hukou_in_zone') }),
  z.object({ fact: z.literal('property_in_zone') }),
  z.object({ fact: z.literal('hukou_at_property') }),
  z.object({ fact: z.literal('owner_is_guardian') }),
  z.object({ fact: z.literal('permit_valid') }),
  z.object({ fact: z.literal('rental_in_zone') }),
  z.object({ fact: z.literal('insurance_months'), min: z.number().int().min(1).max(240) }),
  z.object({ fact: z.literal('hukou_years'), min: z.number().int().min(1).max(20) }),
]);
export type FactCondition = z.infer<typeof factConditionSchema>;

/** One row of the season's category table (入学类别): all conditions must hold; first match wins. */
export const categoryRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,32}$/),
  name: z.string().min(1).max(20),
  description: z.string().max(200),
  conditions: z.array(factConditionSchema).max(10),
});
export type CategoryRule = z.infer<typeof categoryRuleSchema>;

export const categoryRulesSchema = z.object({
  seasonId: idSchema,
  rules: z.array(categoryRuleSchema).min(1).max(20),
  updatedAt: instantSchema,
});
export type CategoryRules = z.infer<typeof categoryRulesSchema>;

export const categoryResultSchema = z.object({
  ruleId: z.string(),
  name: z.string(),
  /** Why, in words a parent understands, naming the verified facts. */
  explanation: z.string(),
  /** Order in the season's table: 0 is the first tier. */
  tier: z.number().int().min(0),
});
export type CategoryResult = z.infer<typeof categoryResultSchema>;

export const greenChannelSchema = z.object({
  kind: z.enum(['military', 'talent']),
  detail: z.string(),
});

export const materialSchema = z.object({
  kind: departmentKindSchema,
  fileId: idSchema,
  fileName: z.string(),
  size: z.number().int(),
  uploadedAt: instantSchema,
});

export const verificationStatusSchema = z.enum(['verified', 'needs_material', 'pending_departments']);
export const VERIFICATION_STATUS_LABELS = {
  verified: '已核验',
  needs_material: '需补充材料',
  pending_departments: '待核验（部门数据暂不可用，系统将自动重新核验）',
} as const;

export const verificationViewSchema = z.object({
  id: idSchema,
  seasonId: idSchema,
  childId: idSchema,
  status: verificationStatusSchema,
  statusLabel: z.string(),
  checks: z.array(checkResultSchema),
  /** Addresses as the departments hold them: the parent confirms instead of typing. */
  hukouAddress: addressSchema.optional(),
  residenceAddress: addressSchema.optional(),
  greenChannel: greenChannelSchema.optional(),
  materials: z.array(materialSchema),
  confirmedAt: instantSchema.optional(),
  updatedAt: instantSchema,
});
export type VerificationView = z.infer<typeof verificationViewSchema>;
