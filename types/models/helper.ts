import { z } from 'zod';
import { idSchema, instantSchema, stageSchema } from '../common';
import { applicationStatusSchema, timelineEventSchema } from './application';

/** Who helps (R4.1): the parent sees this before authorising anyone. */
export const helperKindSchema = z.enum(['grid_worker', 'youth_volunteer', 'teacher', 'other']);
export type HelperKind = z.infer<typeof helperKindSchema>;
export const HELPER_KIND_LABELS: Record<HelperKind, string> = {
  grid_worker: '社区网格员',
  youth_volunteer: '青年志愿者',
  teacher: '教师',
  other: '其他帮办人员',
};

/**
 * The code a helper reads out to the parent: 8 characters without 0/O, 1/I/L, so that it survives being
 * read over the phone. Letters are accepted in either case.
 */
export const HELPER_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const helperCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{8}$/, '帮办码是 8 位字母和数字，请核对后重新输入');

/** What an authorisation allows. Only viewing exists today; acting on applications would be a second scope. */
export const helperScopeSchema = z.enum(['view_progress']);
export type HelperScope = z.infer<typeof helperScopeSchema>;
export const HELPER_SCOPE_LABELS: Record<HelperScope, string> = {
  view_progress: '查看报名进度和结果',
};

/** R6.3: time-limited. A week unless the parent chooses otherwise, a month at most. */
export const GRANT_DEFAULT_DAYS = 7;
export const GRANT_MAX_DAYS = 30;
/** At most this many helpers at once: enough for a family, small enough to keep track of. */
export const MAX_ACTIVE_GRANTS = 3;

export const grantStatusSchema = z.enum(['active', 'revoked', 'expired']);
export type GrantStatus = z.infer<typeof grantStatusSchema>;
export const GRANT_STATUS_LABELS: Record<GrantStatus, string> = {
  active: '有效',
  revoked: '已撤销',
  expired: '已到期',
};

export const helperProfileInputSchema = z
  .object({
    name: z.string().trim().min(1, '请填写姓名').max(20, '姓名不超过 20 个字'),
    organisation: z.string().trim().min(2, '请填写所在单位').max(40, '单位名称不超过 40 个字'),
    kind: helperKindSchema,
  })
  .strict();

/** The helper's own view: the code they share, and what parents will see. */
export const helperProfileSchema = z.object({
  code: z.string(),
  name: z.string(),
  organisation: z.string(),
  kind: helperKindSchema,
  kindLabel: z.string(),
});
export type HelperProfile = z.infer<typeof helperProfileSchema>;

/** What a parent sees of a helper before confirming: who and from where, nothing else. */
export const helperCardSchema = helperProfileSchema.omit({ code: true });
export type HelperCard = z.infer<typeof helperCardSchema>;

/** One authorisation as the parent sees it in 帮办授权. */
export const grantViewSchema = z.object({
  id: idSchema,
  helper: helperCardSchema,
  scope: z.array(helperScopeSchema),
  scopeLabels: z.array(z.string()),
  status: grantStatusSchema,
  statusLabel: z.string(),
  createdAt: instantSchema,
  expiresAt: instantSchema,
  endedAt: instantSchema.optional(),
  lastViewedAt: instantSchema.optional(),
  views: z.number().int().nonnegative(),
});
export type GrantView = z.infer<typeof grantViewSchema>;

/** One family in the helper's list: only what the parent chose to show (their name) and the deadline. */
export const helpedFamilySchema = z.object({
  familyId: idSchema,
  guardianName: z.string(),
  scopeLabels: z.array(z.string()),
  grantedAt: instantSchema,
  expiresAt: instantSchema,
});
export type HelpedFamily = z.infer<typeof helpedFamilySchema>;

/**
 * A family's progress as a helper with `view_progress` sees it: children by name and masked ID number,
 * applications with school, status and timeline, draw results. No addresses, birth dates or contact data:
 * the scope does not need them.
 */
export const familyProgressSchema = z.object({
  familyId: idSchema,
  guardianName: z.string(),
  expiresAt: instantSchema,
  children: z.array(z.object({ id: idSchema, name: z.string(), idMasked: z.string() })),
  applications: z.array(
    z.object({
      id: idSchema,
      appNo: z.string(),
      childName: z.string(),
      childIdMasked: z.string(),
      stage: stageSchema,
      schoolName: z.string(),
      status: applicationStatusSchema,
      statusLabel: z.string(),
      timeline: z.array(timelineEventSchema),
      submittedAt: instantSchema,
    }),
  ),
  draws: z.array(
    z.object({
      applicationId: idSchema,
      appNo: z.string(),
      schoolName: z.string(),
      tierName: z.string(),
      rank: z.number().int().positive(),
      of: z.number().int().positive(),
      admitted: z.boolean(),
      resultLabel: z.string(),
    }),
  ),
});
export type FamilyProgress = z.infer<typeof familyProgressSchema>;

export const grantExpiryReportSchema = z.object({ expired: z.number().int().nonnegative() });
