import { z } from 'zod';
import { idSchema, instantSchema, stageSchema } from '../common';
import { addressKindSchema, addressSchema } from './address';
import { eligibilitySchema } from './child';
import { zoneMatchSchema } from './zone';
import { placementSchema, sharedChoiceSchema } from './placement';
import { categoryResultSchema, greenChannelSchema } from './verification';

/**
 * The life of an application. The foundation moves submitted → withdrawn; review, verification and the
 * lottery add their transitions through `domain/application/application-status.ts`, never ad hoc.
 */
export const applicationStatusSchema = z.enum([
  'pending_verification',
  'submitted',
  'under_review',
  'returned',
  'approved',
  'rejected',
  'admitted',
  'waitlisted',
  'withdrawn',
]);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  pending_verification: '待核验',
  submitted: '已提交',
  under_review: '审核中',
  returned: '退回补正',
  approved: '审核通过',
  rejected: '审核未通过',
  admitted: '已录取',
  waitlisted: '候补',
  withdrawn: '已撤回',
};

export const timelineEventSchema = z.object({
  status: applicationStatusSchema,
  at: instantSchema,
  note: z.string(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** What the parent fills in (beyond choosing the child): addresses, the basis and the school. */
export const applicationFormSchema = z.object({
  seasonId: idSchema,
  childId: idSchema,
  stage: stageSchema,
  hukouAddress: addressSchema,
  residenceAddress: addressSchema,
  /** Which address the zone is claimed by. */
  basis: addressKindSchema,
  schoolId: idSchema,
  /** The 一键核 verification this application rests on (its facts set the category). */
  verificationId: idSchema.optional(),
});
export type ApplicationForm = z.infer<typeof applicationFormSchema>;

/** An application as its guardian sees it. */
export const applicationViewSchema = z.object({
  id: idSchema,
  /** Public number: printed on receipts and, later, in lottery records instead of names. */
  appNo: z.string(),
  seasonId: idSchema,
  stage: stageSchema,
  child: z.object({ id: idSchema, name: z.string(), idMasked: z.string() }),
  /** largeDistrictId: the 大学区 whose other schools the family may ask for shared seats (R2.2). */
  school: z.object({ id: idSchema, name: z.string(), phone: z.string(), largeDistrictId: idSchema }),
  basis: addressKindSchema,
  hukouAddress: addressSchema,
  residenceAddress: addressSchema,
  zoneMatch: zoneMatchSchema,
  eligibility: eligibilitySchema,
  category: categoryResultSchema.optional(),
  greenChannel: greenChannelSchema.optional(),
  /** Bound twins/multiples (R2.1): one unit in every draw, admitted together. */
  binding: z.object({ groupId: idSchema, appNos: z.array(z.string()) }).optional(),
  /** The published result when no draw decided it (lottery.publish): where and why. */
  placement: placementSchema.optional(),
  /** The family's request for shared seats of the large district, if any (lottery.requestShared). */
  sharedChoice: sharedChoiceSchema.optional(),
  status: applicationStatusSchema,
  statusLabel: z.string(),
  timeline: z.array(timelineEventSchema),
  submittedAt: instantSchema,
  canWithdraw: z.boolean(),
});
export type ApplicationView = z.infer<typeof applicationViewSchema>;

/** A row of the reviewer's list: whitelisted fields only, the ID number masked. */
export const reviewRowSchema = z.object({
  id: idSchema,
  appNo: z.string(),
  childName: z.string(),
  idMasked: z.string(),
  schoolName: z.string(),
  stage: stageSchema,
  status: applicationStatusSchema,
  statusLabel: z.string(),
  needsManualZoneConfirmation: z.boolean(),
  categoryName: z.string().optional(),
  greenChannel: z.boolean(),
  /** Application numbers of the bound siblings, this one included. */
  boundWith: z.array(z.string()).optional(),
  eligibilityStatus: eligibilitySchema.shape.status,
  submittedAt: instantSchema,
});
export type ReviewRow = z.infer<typeof reviewRowSchema>;
