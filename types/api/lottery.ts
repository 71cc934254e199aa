import { z } from 'zod';
import { emptyInput, idSchema, instantSchema } from '../common';
import {
  drawDetailSchema,
  drawIdSchema,
  drawTierSchema,
  myDrawSchema,
  observerSchema,
  offerReportSchema,
  publicDrawSchema,
} from '../models/draw';
import {
  MAX_SHARED_CHOICES,
  placementOverviewSchema,
  placementReportSchema,
  sharedChoiceSchema,
} from '../models/placement';
import { defineAction } from './define-action';

export const lotteryApi = {
  schedule: defineAction({
    summary:
      '安排一场摇号（某校某类别）：固定参与名单，公示名单哈希与承诺值；摇号时间须在公示至少 24 小时之后，且报名撤回已截止。',
    access: ['admin'],
    input: z
      .object({ seasonId: idSchema, schoolId: idSchema, tier: drawTierSchema, scheduledAt: instantSchema })
      .strict(),
    output: publicDrawSchema,
  }),
  addObserver: defineAction({
    summary: '登记现场观察员（姓名与身份），摇号开始前。',
    access: ['admin'],
    input: observerSchema.extend({ drawId: drawIdSchema }).strict(),
    output: drawDetailSchema,
  }),
  run: defineAction({
    summary: '现场摇号：输入观察员见证的公开随机数与公证员意见，只能进行一次；须到预定时间且有公证员在场。',
    access: ['admin'],
    input: z
      .object({
        drawId: drawIdSchema,
        publicEntropy: z
          .string()
          .regex(/^[\x21-\x7e]{1,256}$/, '公开随机数须为 1–256 个可见字符（不含空格与汉字）'),
        notaryAttestation: z.string().trim().min(1, '请填写公证员意见').max(2000),
      })
      .strict(),
    output: drawDetailSchema,
  }),
  listPublic: defineAction({
    summary: '摇号公示列表（无需登录）：只含摇号编号、学校、类别、时间、哈希与人数，不含姓名与身份证号。',
    access: 'public',
    input: z.object({ seasonId: idSchema.optional() }).strict(),
    output: z.array(publicDrawSchema),
  }),
  getRecord: defineAction({
    summary:
      '一场摇号的公示内容（无需登录）：摇号前为名单、哈希与承诺值；摇号后另有完整记录（仅报名号）、观察员与公证意见。',
    access: 'public',
    input: z.object({ drawId: drawIdSchema }).strict(),
    output: drawDetailSchema,
  }),
  myDraw: defineAction({
    summary: '我的摇号结果：顺位 r / n、录取或候补、类别与原因。',
    access: ['parent'],
    input: emptyInput,
    output: z.array(myDrawSchema),
  }),
  decline: defineAction({
    summary:
      '放弃摇号录取的学位：学位按摇号顺位递补给第一个候补单位（双胞胎一同递补），候补家庭须在 72 小时内确认。',
    access: ['parent'],
    input: z.object({ applicationId: idSchema, reason: z.string().trim().max(100).optional() }).strict(),
    output: z.array(myDrawSchema),
  }),
  acceptOffer: defineAction({
    summary: '确认递补学位（期限内）：同一摇号单位的报名（双胞胎）一同录取。',
    access: ['parent'],
    input: z.object({ applicationId: idSchema }).strict(),
    output: z.array(myDrawSchema),
  }),
  expireOffers: defineAction({
    summary: '处理过期的递补：未在期限内确认的递补作废，学位依次递补给下一个候补单位（与定时任务相同）。',
    access: ['admin'],
    input: emptyInput,
    output: offerReportSchema,
  }),
  overview: defineAction({
    summary:
      '本区本季录取总览：各校各类别人数、剩余学位、是否需要摇号及摇号进度，以及公布录取结果前还差什么。',
    access: ['admin'],
    input: z.object({ seasonId: idSchema.optional() }).strict(),
    output: placementOverviewSchema,
  }),
  publish: defineAction({
    summary:
      '公布录取结果：按类别顺序逐校录取（未超学位的类别全部录取，超出的按已完成的摇号结果），并通知每个家庭；可重复执行，已公布的不再改变。',
    access: ['admin'],
    input: z.object({ seasonId: idSchema }).strict(),
    output: placementReportSchema,
  }),
  requestShared: defineAction({
    summary:
      '申请大学区共享学位：按意愿顺序选择本大学区的其他学校（最多 5 所），在本校摇号后仍未录取时参加共享学位摇号；双胞胎一同申请。共享学位摇号安排前可修改或取消。',
    access: ['parent'],
    input: z
      .object({
        applicationId: idSchema,
        schoolIds: z
          .array(idSchema)
          .min(1, '请至少选择一所学校')
          .max(MAX_SHARED_CHOICES, `最多选择 ${MAX_SHARED_CHOICES} 所学校`)
          .refine((ids) => new Set(ids).size === ids.length, '同一所学校不能选两次'),
      })
      .strict(),
    output: sharedChoiceSchema,
  }),
  cancelShared: defineAction({
    summary: '取消大学区共享学位申请（共享学位摇号安排前）。',
    access: ['parent'],
    input: z.object({ applicationId: idSchema }).strict(),
    output: z.object({ applicationId: idSchema }),
  }),
  scheduleShared: defineAction({
    summary:
      '安排大学区共享学位摇号：各校摇号完成后，固定各校空余学位与仍在候补且申请了共享学位的报名及其志愿，公示名单哈希与承诺值；摇号时间须在至少 24 小时之后。',
    access: ['admin'],
    input: z.object({ seasonId: idSchema, largeDistrictId: idSchema, scheduledAt: instantSchema }).strict(),
    output: publicDrawSchema,
  }),
};
