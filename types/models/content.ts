import { z } from 'zod';
import { idSchema, isoDateSchema } from '../common';

export const policySummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  publishedOn: isoDateSchema,
  issuer: z.string(),
  summary: z.string(),
});
export const policySchema = policySummarySchema.extend({ body: z.string() });
export type Policy = z.infer<typeof policySchema>;
export type PolicySummary = z.infer<typeof policySummarySchema>;

export const faqSchema = z.object({
  id: idSchema,
  question: z.string(),
  answer: z.string(),
  topic: z.string(),
});
export type Faq = z.infer<typeof faqSchema>;
