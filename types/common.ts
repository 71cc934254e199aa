import { z } from 'zod';

/** Ids are opaque, URL-safe strings chosen by the backend (or seed data). */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确');
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
/** An instant, ISO 8601 with offset (stored and sent in UTC, shown in Asia/Shanghai). */
export const instantSchema = z.string().min(20).max(40);
export const phoneSchema = z.string().regex(/^[0-9-]{7,20}$/, '电话号码格式不正确');
/** Client-generated key that makes a submit safe to retry (one per "提交" tap, reused on retries). */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, '提交编号格式不正确，请刷新页面');
export const stageSchema = z.enum(['primary', 'junior']);
export type Stage = z.infer<typeof stageSchema>;
export const STAGE_LABELS: Record<Stage, string> = { primary: '小学一年级', junior: '初中一年级' };
export const sexSchema = z.enum(['male', 'female']);
export type Sex = z.infer<typeof sexSchema>;
export const lngLatSchema = z.object({
  lng: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});
export type LngLat = z.infer<typeof lngLatSchema>;
export const emptyInput = z.object({}).strict();
