import { DRAW_ID_PATTERN } from '../../domain/lottery';
import type { Season } from '../../types';
import { AppError } from '../lib/app-error';
import { MIN_PUBLICATION_LEAD_MS } from './publication-lead';

const shanghai = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/**
 * What every ceremony's scheduling must respect, school draw or shared round: the list is final (after the
 * withdrawal deadline a family can no longer withdraw, re-apply or unbind), the time is a real instant at
 * least the publication lead ahead, and the draw id fits the spec. Returns the scheduled instant.
 */
export const checkSchedule = (season: Season, scheduledAtText: string, drawId: string, now: Date): Date => {
  if (now.getTime() <= new Date(season.withdrawDeadline).getTime()) {
    throw new AppError(
      'LOTTERY.LIST_NOT_FINAL',
      `报名撤回截止时间（${shanghai(season.withdrawDeadline)}）之前名单还可能变化，请截止后再安排摇号。`,
    );
  }
  const scheduledAt = new Date(scheduledAtText);
  if (Number.isNaN(scheduledAt.getTime())) {
    throw new AppError('INPUT.INVALID', '摇号时间格式不正确', [
      { path: ['scheduledAt'], message: '请填写带时区的时间，例如 2026-07-20T09:00:00+08:00' },
    ]);
  }
  if (scheduledAt.getTime() - now.getTime() < MIN_PUBLICATION_LEAD_MS) {
    const earliest = new Date(now.getTime() + MIN_PUBLICATION_LEAD_MS).toISOString();
    throw new AppError(
      'LOTTERY.LEAD_TOO_SHORT',
      `名单和承诺值须公示至少 24 小时，摇号时间最早为 ${shanghai(earliest)}，请选择更晚的时间。`,
    );
  }
  if (!DRAW_ID_PATTERN.test(drawId)) {
    throw new AppError('INPUT.INVALID', '学校或类别编号过长，无法生成摇号编号。', [
      { path: ['schoolId'], message: '摇号编号最多 64 个字符' },
    ]);
  }
  return scheduledAt;
};
