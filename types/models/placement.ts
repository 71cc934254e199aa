import { z } from 'zod';
import { idSchema, instantSchema } from '../common';
import { drawIdSchema, drawStatusSchema, drawTierSchema } from './draw';

/**
 * A season's placement as staff see it in the console (issue 4 part 3): for each school, each tier's head
 * count and what happens to it. Which tier needs a draw depends on head counts only, never on chance, so
 * the plan is known (and shown) before any draw is scheduled.
 */
export const tierFateSchema = z.enum(['whole', 'draw', 'full']);
export type TierFate = z.infer<typeof tierFateSchema>;
export const TIER_FATE_LABELS: Record<TierFate, string> = {
  whole: '全部录取',
  draw: '需摇号',
  full: '学位已满',
};

export const schoolPlanSchema = z.object({
  schoolId: idSchema,
  schoolName: z.string(),
  largeDistrictId: idSchema,
  capacity: z.number().int().min(0),
  tiers: z.array(
    z.object({
      tier: drawTierSchema,
      /** Children (bound twins count as two). */
      children: z.number().int().min(0),
      /** Seats left for this tier when its turn comes (before any draw). */
      remaining: z.number().int().min(0),
      fate: tierFateSchema,
      fateLabel: z.string(),
      /** The ceremony of this tier, once scheduled. */
      draw: z
        .object({
          drawId: drawIdSchema,
          status: drawStatusSchema,
          statusLabel: z.string(),
          scheduledAt: instantSchema,
        })
        .optional(),
    }),
  ),
  /** Applications of this school still 待核验: no tier yet, so no draw may be scheduled here. */
  pendingVerification: z.number().int().min(0),
});
export type SchoolPlan = z.infer<typeof schoolPlanSchema>;

/** A large district's shared-seat round (R2.2) as the console shows it. */
export const sharedPlanSchema = z.object({
  largeDistrictId: idSchema,
  name: z.string(),
  /** Units (bound twins are one) whose families asked for shared seats. */
  requests: z.number().int().min(0),
  /** Known once every school draw has run: who enters (still waiting at their own school), for how many seats. */
  entrants: z.number().int().min(0).optional(),
  spare: z.number().int().min(0).optional(),
  /** Whether the round needs a ceremony: entrants and at least one spare seat. */
  needed: z.boolean().optional(),
  draw: z
    .object({
      drawId: drawIdSchema,
      status: drawStatusSchema,
      statusLabel: z.string(),
      scheduledAt: instantSchema,
    })
    .optional(),
});
export type SharedPlan = z.infer<typeof sharedPlanSchema>;

export const placementOverviewSchema = z.object({
  seasonId: idSchema,
  seasonName: z.string(),
  withdrawDeadline: instantSchema,
  /** After the withdrawal deadline the list is final: draws may be scheduled, results published. */
  listFinal: z.boolean(),
  /** The earliest time a draw scheduled now may run (the publication lead, from the server's clock). */
  earliestDrawAt: instantSchema,
  tiers: z.array(z.object({ id: drawTierSchema, name: z.string() })),
  schools: z.array(schoolPlanSchema),
  shared: z.array(sharedPlanSchema),
  /** Applications without a category (none of the season's categories applies): not placed by this round. */
  withoutCategory: z.number().int().min(0),
  drawsNeeded: z.number().int().min(0),
  drawsScheduled: z.number().int().min(0),
  drawsDone: z.number().int().min(0),
  /** Applications whose result has been published (admitted or waitlisted), of those taking part. */
  decided: z.number().int().min(0),
  placed: z.number().int().min(0),
  /** Why results cannot be published yet, in sentences; empty when they can. */
  blockers: z.array(z.string()),
});
export type PlacementOverview = z.infer<typeof placementOverviewSchema>;

export const placementReportSchema = z.object({
  /** Applications whose status this publication set. */
  admitted: z.number().int().min(0),
  waitlisted: z.number().int().min(0),
  /** Already decided (by a draw or an earlier publication) or not decidable (withdrawn, rejected). */
  unchanged: z.number().int().min(0),
  messages: z.number().int().min(0),
  /** Draw records the placement reproduced byte for byte from the ceremonies' inputs. */
  recordsChecked: z.number().int().min(0),
});
export type PlacementReport = z.infer<typeof placementReportSchema>;

/** What a family reads about its result: where, why, and the draw that decided it if any. */
export const placementSchema = z.object({
  schoolId: idSchema,
  schoolName: z.string(),
  status: z.enum(['admitted', 'waitlisted']),
  tierName: z.string().optional(),
  rank: z.number().int().min(1).optional(),
  drawId: drawIdSchema.optional(),
  reason: z.string(),
  publishedAt: instantSchema,
});
export type Placement = z.infer<typeof placementSchema>;

/**
 * A family's request for the large district's shared seats (R2.2): schools of its large district other
 * than its own, most wanted first. It counts only if the child is still waiting at its own school after
 * the school draws; bound twins ask together.
 */
export const sharedChoiceSchema = z.object({
  schoolIds: z.array(idSchema),
  schoolNames: z.array(z.string()),
  at: instantSchema,
});
export type SharedChoice = z.infer<typeof sharedChoiceSchema>;

/** At most this many schools on one request: enough for a large district, short enough to read. */
export const MAX_SHARED_CHOICES = 5;
