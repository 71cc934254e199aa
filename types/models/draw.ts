import { z } from 'zod';
import { idSchema, instantSchema } from '../common';

/**
 * The sunshine lottery's ceremony (R3): a draw is scheduled with its list and commitment published, observers
 * are recorded, and it runs once. The patterns repeat those of docs/lottery-spec.md (types/ imports only
 * zod, so it cannot borrow domain/lottery's constants; the domain validates again before drawing).
 */
export const drawIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, '摇号编号格式不正确');
export const applicationNumberSchema = z.string().regex(/^[A-Za-z0-9-]{1,40}$/);
const hexHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** 'green' is the green channel; any other tier is a category rule id of the season's table. */
export const drawTierSchema = z.string().regex(/^[a-z0-9_-]{1,32}$/, '类别编号格式不正确');

export const drawStatusSchema = z.enum(['committed', 'drawn']);
export type DrawStatus = z.infer<typeof drawStatusSchema>;
export const DRAW_STATUS_LABELS: Record<DrawStatus, string> = {
  committed: '已公示，待摇号',
  drawn: '已摇号',
};

export const observerRoleSchema = z.enum([
  '人大代表',
  '政协委员',
  '教师代表',
  '家长代表',
  '纪检监察',
  '公证员',
]);
export type ObserverRole = z.infer<typeof observerRoleSchema>;

/** Observers sit at a public ceremony under their own names: these are published with the record. */
export const observerSchema = z.object({
  name: z.string().trim().min(2, '请填写观察员姓名').max(20, '姓名最多 20 个字'),
  role: observerRoleSchema,
});
export type Observer = z.infer<typeof observerSchema>;

/** What the ceremony says before it runs: who takes part (as application numbers) and what was committed. */
const publishedDrawSchema = z.object({
  drawId: drawIdSchema,
  seasonId: idSchema,
  schoolId: idSchema,
  schoolName: z.string(),
  tier: drawTierSchema,
  tierName: z.string(),
  scheduledAt: instantSchema,
  status: drawStatusSchema,
  statusLabel: z.string(),
  listHash: hexHashSchema,
  commitment: hexHashSchema,
  /** Seats this tier competes for: the school's capacity less the seats of the tiers served before it. */
  seats: z.number().int().min(0),
  unitCount: z.number().int().min(0),
  /** Children in those units: bound twins are one unit of two. */
  applicantCount: z.number().int().min(0),
  drawnAt: instantSchema.optional(),
  /** 'school': one school's tier; 'shared': a large district's spare seats (schoolId is the district's id). */
  kind: z.enum(['school', 'shared']),
});

export const publicDrawSchema = publishedDrawSchema;
export type PublicDraw = z.infer<typeof publicDrawSchema>;

/** The published record of a school draw, field for field in the spec's order (docs/lottery-spec.md). */
export const schoolDrawRecordSchema = z.object({
  version: z.literal('enroll-lottery/v1'),
  drawId: drawIdSchema,
  seats: z.number().int().min(0),
  units: z.array(z.array(applicationNumberSchema)),
  listHash: hexHashSchema,
  commitment: hexHashSchema,
  secret: z.string(),
  publicEntropy: z.string(),
  seed: hexHashSchema,
  ranking: z.array(z.string()),
  admitted: z.array(applicationNumberSchema),
  waitlist: z.array(applicationNumberSchema),
  overflow: z.number().int().min(0),
});
export type SchoolDrawRecordView = z.infer<typeof schoolDrawRecordSchema>;

/** The tier name of a large district's shared-seat round (R2.2): one such draw per district and season. */
export const SHARED_TIER = 'shared';

/**
 * A shared-seat round's record (docs/lottery-spec.md), keys in the spec's order so that the JSON a family
 * downloads is the record byte for byte. Unit keys are application numbers joined with `+`.
 */
export const sharedDrawRecordSchema = z.object({
  version: z.literal('enroll-lottery/v1'),
  drawId: drawIdSchema,
  spare: z.record(z.string(), z.number().int()),
  preferences: z.record(z.string(), z.array(idSchema)),
  units: z.array(z.array(applicationNumberSchema)),
  listHash: hexHashSchema,
  commitment: hexHashSchema,
  secret: z.string(),
  publicEntropy: z.string(),
  seed: hexHashSchema,
  ranking: z.array(z.string()),
  assignments: z.record(z.string(), idSchema.nullable()),
  spareAfter: z.record(z.string(), z.number().int()),
});
export type SharedDrawRecordView = z.infer<typeof sharedDrawRecordSchema>;

export const drawDetailSchema = publishedDrawSchema.extend({
  /** Unit keys in canonical order; joined with "\n" they are the text whose SHA-256 is listHash. */
  canonicalList: z.array(z.string()),
  observers: z.array(observerSchema),
  /** After the draw: the record anyone can verify, and the notary's attestation. */
  record: schoolDrawRecordSchema.optional(),
  /** A shared-seat round's record instead (kind 'shared'). */
  sharedRecord: sharedDrawRecordSchema.optional(),
  notaryAttestation: z.string().optional(),
});
export type DrawDetail = z.infer<typeof drawDetailSchema>;

/**
 * Waitlist movement after a draw (issue 4 part 8). A seat an admitted family declines is offered to the next
 * waitlisted unit in ranking order, whole (bound twins together), until a deadline; 'accepted' admits it,
 * 'lapsed' passes the seat on.
 */
export const offerStatusSchema = z.enum(['open', 'accepted', 'lapsed']);
export type OfferStatus = z.infer<typeof offerStatusSchema>;
export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  open: '递补待确认',
  accepted: '已确认递补',
  lapsed: '递补已过期',
};

export const waitlistOfferSchema = z.object({
  /** The waitlisted unit's key (application numbers joined with `+`). */
  key: z.string(),
  appNos: z.array(applicationNumberSchema),
  applicationIds: z.array(idSchema),
  rank: z.number().int().min(1),
  offeredAt: instantSchema,
  expiresAt: instantSchema,
  status: offerStatusSchema,
  closedAt: instantSchema.optional(),
});
export type WaitlistOffer = z.infer<typeof waitlistOfferSchema>;

/** What the parent sees of an offer made to their unit. */
export const myOfferSchema = z.object({
  status: offerStatusSchema,
  statusLabel: z.string(),
  offeredAt: instantSchema,
  expiresAt: instantSchema,
});

/** What one expiry run did (the admin's action and any timer answer the same). */
export const offerReportSchema = z.object({
  lapsed: z.number().int().nonnegative(),
  offered: z.number().int().nonnegative(),
});
export type OfferReport = z.infer<typeof offerReportSchema>;

/** One of the parent's applications in a drawn draw: rank r of n, and why. */
export const myDrawSchema = z.object({
  applicationId: idSchema,
  appNo: applicationNumberSchema,
  drawId: drawIdSchema,
  schoolName: z.string(),
  tier: drawTierSchema,
  tierName: z.string(),
  rank: z.number().int().min(1),
  of: z.number().int().min(1),
  seats: z.number().int().min(0),
  result: z.enum(['admitted', 'waitlisted']),
  resultLabel: z.string(),
  /** Place on the waitlist (1 = offered the first seat that frees up). */
  waitlistPosition: z.number().int().min(1).optional(),
  /** Application numbers drawn together with this one (bound siblings), this one included. */
  unit: z.array(applicationNumberSchema),
  reason: z.string(),
  drawnAt: instantSchema,
  /** A seat offered to this waitlisted unit after a decline: accept before `expiresAt`. */
  offer: myOfferSchema.optional(),
  /** This application declined the seat the draw gave it. */
  declined: z.boolean().optional(),
});
export type MyDraw = z.infer<typeof myDrawSchema>;
