import { z } from 'zod';

/**
 * A structured Chinese address as the pickers produce it. Everything below the district is optional
 * because families know different things (an estate name, or a road and number); the matcher says when
 * that is not enough.
 */
export const addressSchema = z
  .object({
    district: z.string().trim().min(1, '请选择区县').max(20),
    street: z.string().trim().max(30).optional(),
    houseNumber: z.string().trim().max(12).optional(),
    estate: z.string().trim().max(40).optional(),
    building: z.string().trim().max(20).optional(),
    detail: z.string().trim().max(60).optional(),
  })
  .strict();
export type Address = z.infer<typeof addressSchema>;

export const addressKindSchema = z.enum(['hukou', 'residence']);
export type AddressKind = z.infer<typeof addressKindSchema>;
export const ADDRESS_KIND_LABELS: Record<AddressKind, string> = { hukou: '户籍地址', residence: '居住地址' };

/** What the address pickers offer: the streets and estates the zone rules know, per district. */
export const addressOptionsSchema = z.object({
  districts: z.array(
    z.object({
      name: z.string(),
      streets: z.array(z.string()),
      estates: z.array(z.string()),
    }),
  ),
});
