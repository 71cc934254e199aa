import { z } from 'zod';
import { idSchema, isoDateSchema, sexSchema } from '../common';

/** A child as every role except an auditing admin sees it: the ID number is masked. */
export const childViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  idMasked: z.string().regex(/^\d{6}\*{8}[\dX*]{4}$/),
  birthDate: isoDateSchema,
  sex: sexSchema,
});
export type ChildView = z.infer<typeof childViewSchema>;

export const childNameSchema = z
  .string()
  .trim()
  .min(2, '请填写孩子的姓名（至少两个字）')
  .max(30, '姓名过长')
  .regex(/^[\u4e00-\u9fa5·A-Za-z ]+$/, '姓名只能包含汉字、字母和间隔号“·”');

export const eligibilitySchema = z.object({
  status: z.enum(['eligible', 'over_age', 'under_age']),
  /** Chinese explanation for the parent. */
  message: z.string(),
  /** For under-age children: the first cut-off date on which the child qualifies. */
  eligibleFrom: isoDateSchema.optional(),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;
