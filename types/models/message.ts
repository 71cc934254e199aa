import { z } from 'zod';
import { idSchema, instantSchema } from '../common';

/** What a message is about; each kind has its own subscribe-message template in production. */
export const messageKindSchema = z.enum([
  'application_received',
  'verification_completed',
  'application_withdrawn',
  'lottery_result',
  /** A helper's authorisation was given, ended, or first used (R6.3): no application attached. */
  'helper_access',
]);
export type MessageKind = z.infer<typeof messageKindSchema>;

/** One message in the parent's message centre (我的消息), newest first. */
export const messageViewSchema = z.object({
  id: idSchema,
  kind: messageKindSchema,
  title: z.string(),
  body: z.string(),
  applicationId: idSchema.optional(),
  appNo: z.string().optional(),
  at: instantSchema,
  read: z.boolean(),
});
export type MessageView = z.infer<typeof messageViewSchema>;

/** What one delivery run did (the timer and the admin's `deliver` answer the same). */
export const deliveryReportSchema = z.object({
  checked: z.number().int().nonnegative(),
  sent: z.number().int().nonnegative(),
  inAppOnly: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  retrying: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type DeliveryReport = z.infer<typeof deliveryReportSchema>;
