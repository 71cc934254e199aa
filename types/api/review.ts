import { z } from 'zod';
import { idSchema } from '../common';
import { applicationStatusSchema, reviewRowSchema } from '../models/application';
import { defineAction } from './define-action';

export const reviewApi = {
  listApplications: defineAction({
    summary: '本区报名列表（身份证号脱敏）。审核员只能看到所属区县的报名。',
    access: ['reviewer', 'admin'],
    input: z
      .object({
        seasonId: idSchema.optional(),
        status: applicationStatusSchema.optional(),
      })
      .strict(),
    output: z.array(reviewRowSchema),
  }),
};
