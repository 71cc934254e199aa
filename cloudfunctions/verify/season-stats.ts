import type { Caller } from '../lib/caller';
import { AppError } from '../lib/app-error';
import type { Store } from '../lib/ports/store';

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** R1.5 figures over the caller's district: what the bulletin reports, measured by the product itself. */
export const seasonStats = async (store: Store, caller: Caller, seasonId: string) => {
  if (!caller.districtId) throw new AppError('AUTH.FORBIDDEN', '您的账号尚未分配所属区县，请联系管理员。');
  const apps = (await store.applications.listByDistrict(caller.districtId, { seasonId })).filter(
    (a) => a.status !== 'withdrawn',
  );
  const efforts = apps.flatMap((a) => (a.effort ? [a.effort] : []));
  const auto = apps.filter(
    (a) => a.effort && a.effort.materialsRequested === 0 && a.status !== 'pending_verification',
  );
  return {
    applications: apps.length,
    autoVerifiedRate: apps.length ? auto.length / apps.length : 0,
    avgFieldsTyped: mean(efforts.map((e) => e.fieldsTyped)),
    avgMaterialsRequested: mean(efforts.map((e) => e.materialsRequested)),
    medianSecondsToSubmit: median(efforts.map((e) => e.secondsToSubmit)),
    correctionsPerApplication: mean(efforts.map((e) => e.corrections)),
    siblingGroups: new Set(apps.flatMap((a) => (a.siblingGroup ? [a.siblingGroup.id] : []))).size,
  };
};
