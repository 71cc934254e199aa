import { z } from 'zod';
import { idSchema, lngLatSchema, stageSchema } from '../common';

export const paritySchema = z.enum(['all', 'odd', 'even']);
export type Parity = z.infer<typeof paritySchema>;

/** "南湖路 1–199 号单号" style rule. */
export const streetRuleSchema = z.object({
  kind: z.literal('street'),
  district: z.string(),
  street: z.string(),
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  parity: paritySchema,
});
/** "锦绣花园（别名：锦绣苑）" style rule. */
export const estateRuleSchema = z.object({
  kind: z.literal('estate'),
  district: z.string(),
  estate: z.string(),
  aliases: z.array(z.string()).default([]),
});
export const zoneRuleSchema = z.discriminatedUnion('kind', [streetRuleSchema, estateRuleSchema]);
export type ZoneRule = z.infer<typeof zoneRuleSchema>;

/** A school's zone (施教区): address rules plus, where surveyed, a polygon ring of [lng, lat] points. */
export const zoneSchema = z.object({
  id: idSchema,
  schoolId: idSchema,
  stage: stageSchema,
  rules: z.array(zoneRuleSchema),
  polygon: z.array(z.tuple([z.number(), z.number()])).optional(),
});
export type Zone = z.infer<typeof zoneSchema>;

export const matchViaSchema = z.enum(['street', 'estate', 'polygon']);
export const zoneCandidateSchema = z.object({
  schoolId: idSchema,
  zoneId: idSchema,
  via: matchViaSchema,
  reason: z.string(),
});
export type ZoneCandidate = z.infer<typeof zoneCandidateSchema>;

export const zoneMatchSchema = z.object({
  status: z.enum(['matched', 'ambiguous', 'none']),
  candidates: z.array(zoneCandidateSchema),
  /** Ambiguous or boundary cases are never silently resolved: staff confirm them by hand. */
  needsManualConfirmation: z.boolean(),
  reason: z.string(),
});
export type ZoneMatch = z.infer<typeof zoneMatchSchema>;

export const zoneMatchInputSchema = z.object({
  stage: stageSchema,
  location: lngLatSchema.optional(),
});
