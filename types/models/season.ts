import { z } from 'zod';
import { idSchema, instantSchema, isoDateSchema, stageSchema } from '../common';

/** Age rule of one stage: the child must be `minAge` full years old on `cutoffDate`. */
export const ageRuleSchema = z.object({
  stage: stageSchema,
  cutoffDate: isoDateSchema,
  minAge: z.number().int().min(3).max(15),
  /** Children this many years past `minAge` or more are "over-age": accepted, no certificate, noted. */
  overAgeAfterYears: z.number().int().min(1).max(5),
});
export type AgeRule = z.infer<typeof ageRuleSchema>;

export const timelineStepSchema = z.object({
  key: z.string(),
  label: z.string(),
  start: isoDateSchema,
  end: isoDateSchema,
});
export type TimelineStep = z.infer<typeof timelineStepSchema>;

export const seasonSchema = z.object({
  id: idSchema,
  name: z.string(),
  year: z.number().int(),
  ageRules: z.array(ageRuleSchema).min(1),
  timeline: z.array(timelineStepSchema),
  applyOpensAt: instantSchema,
  applyClosesAt: instantSchema,
  /** Until this instant a parent may withdraw an application (and then apply again). */
  withdrawDeadline: instantSchema,
});
export type Season = z.infer<typeof seasonSchema>;
