import { randomBytes } from 'node:crypto';
import { commitment } from '../../domain/lottery';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { StoredDraw } from '../lib/ports/records';
import { seasonRules } from '../verify/category-for';
import { commitDraw } from './commit-draw';
import { takeSnapshot } from './draw-snapshot';
import { checkSchedule } from './schedule-rules';
import { loadSeasonScope, pendingBySchool, planOf, schoolDrawId, tierCounts } from './season-scope';
import { GREEN_TIER, GREEN_TIER_NAME } from './publication-lead';

/**
 * Fixes who takes part and commits to the secret: from here on the list, its hash and the commitment are
 * public and cannot change; the draw itself may run no sooner than the publication lead.
 */
export const schedule: Handler<'lottery', 'schedule'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  const { store, crypto } = ctx.ports;
  const season = await store.catalog.getSeason(input.seasonId);
  if (!season) throw new AppError('NOT_FOUND.SEASON');
  const school = await store.catalog.getSchool(input.schoolId);
  if (!school || school.districtId !== caller.districtId) throw new AppError('NOT_FOUND.SCHOOL');

  const rules = (await seasonRules(store, season)).rules;
  const tierOrder = [GREEN_TIER, ...rules.map((r) => r.id)];
  if (!tierOrder.includes(input.tier)) {
    throw new AppError('LOTTERY.TIER_UNKNOWN', undefined, [
      { path: ['tier'], message: `可选类别：${tierOrder.join('、')}` },
    ]);
  }
  const drawId = schoolDrawId(season.id, school.id, input.tier);
  const scheduledAt = checkSchedule(season, input.scheduledAt, drawId, ctx.now);

  // The placement asks for exactly the draws its plan holds: a tier that fits, or finds the school already
  // full, has no ceremony. Until every application here has its tier, the plan itself is not known.
  const scope = await loadSeasonScope(store, season, school.districtId);
  const pending = pendingBySchool(scope).get(school.id) ?? 0;
  if (pending > 0) {
    throw new AppError(
      'LOTTERY.VERIFICATION_PENDING',
      `${school.name}还有 ${pending} 份报名在等待部门核验，类别尚未确定；核验完成后再安排摇号。`,
    );
  }
  const plan = planOf(scope, school, tierCounts(scope).get(school.id)!).find(
    (row) => row.tier === input.tier,
  )!;
  if (plan.fate === 'whole') {
    throw new AppError(
      'LOTTERY.NOT_NEEDED',
      `${school.name}该类别报名 ${plan.children} 人，剩余学位 ${plan.remaining} 个，全部录取，无需摇号。`,
    );
  }
  if (plan.fate === 'full') {
    throw new AppError(
      'LOTTERY.NOT_NEEDED',
      `${school.name}排在前面的类别已用完全部学位，该类别 ${plan.children} 人列入候补，无需摇号。`,
    );
  }
  const snap = await takeSnapshot(store, season.id, school, tierOrder, input.tier);
  // 32 random bytes as hex: inside the spec's secret alphabet, and unguessable before the reveal.
  const secret = randomBytes(32).toString('hex');
  const draw: StoredDraw = {
    id: drawId,
    seasonId: season.id,
    schoolId: school.id,
    schoolName: school.name,
    districtId: school.districtId,
    tier: input.tier,
    tierName: input.tier === GREEN_TIER ? GREEN_TIER_NAME : rules.find((r) => r.id === input.tier)!.name,
    seats: snap.seats,
    scheduledAt: scheduledAt.toISOString(),
    status: 'committed',
    units: snap.units,
    listHash: snap.listHash,
    commitment: commitment(secret),
    secretCipher: crypto.encrypt(secret),
    observers: [],
    createdAt: ctx.now.toISOString(),
    createdBy: caller.userId,
  };
  return commitDraw(ctx, draw, 'lottery.schedule', {
    units: draw.units.length,
    seats: draw.seats,
    listHash: draw.listHash,
  });
};
