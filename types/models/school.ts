import { z } from 'zod';
import { idSchema, lngLatSchema, phoneSchema, stageSchema } from '../common';

export const largeDistrictSchema = z.object({ id: idSchema, name: z.string(), districtId: idSchema });
export type LargeDistrict = z.infer<typeof largeDistrictSchema>;

export const districtSchema = z.object({ id: idSchema, name: z.string() });
export type District = z.infer<typeof districtSchema>;

export const schoolSchema = z.object({
  id: idSchema,
  name: z.string(),
  stage: stageSchema,
  districtId: idSchema,
  largeDistrictId: idSchema,
  address: z.string(),
  phone: phoneSchema,
  location: lngLatSchema,
  /** Seats for new pupils this season. */
  capacity: z.number().int().min(0),
  intro: z.string(),
});
export type School = z.infer<typeof schoolSchema>;

/** A school as lists and details show it: with the names a parent reads instead of ids. */
export const schoolViewSchema = schoolSchema.extend({
  districtName: z.string(),
  largeDistrictName: z.string(),
});
export type SchoolView = z.infer<typeof schoolViewSchema>;
