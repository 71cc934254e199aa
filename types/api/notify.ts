import { z } from 'zod';
import { idSchema } from '../common';
import { deliveryReportSchema, messageViewSchema } from '../models/message';
import { defineAction } from './define-action';

export const notifyApi = {
  listMine: defineAction({
    summary: '我的消息：报名受理、核验完成、撤回等通知，最新的在前。',
    access: ['parent'],
    input: z.object({ limit: z.number().int().min(1).max(100).default(50) }).strict(),
    output: z.array(messageViewSchema),
  }),
  markRead: defineAction({
    summary: '把一条消息标为已读（只能是自己的消息）。',
    access: ['parent'],
    input: z.object({ messageId: idSchema }).strict(),
    output: messageViewSchema,
  }),
  deliver: defineAction({
    summary: '投递待发送的消息（与定时任务相同）：微信订阅消息，未订阅的只在站内消息中显示。',
    access: ['admin'],
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: deliveryReportSchema,
  }),
};
