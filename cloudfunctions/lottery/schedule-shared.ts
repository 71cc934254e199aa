import { randomBytes } from 'node:crypto';
import { canonicalUnit, commitment, type SharedSeatsDrawRecord } from '../../domain/lottery';
import { SHARED_TIER } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { StoredDraw } from '../lib/ports/records';
import { commitDraw } from './commit-draw';
import { checkSchedule } from './schedule-rules';
import {
  placementBasis,
  placementRefused,
  placeWith,
  sharedDrawId,
  sharedRounds,
  zoneRound,
} from './season-placement';
import { loadDistrictDraws, loadSeasonScope, missingSchoolDraws, pendingBySchool } from './season-scope';

/**
 * The round's inputs (each school's spare seats, the entrants and their wishes) do not depend on the
 * secret. They are taken from the season placement itself, run with this stand-in secret, so that what is
 * committed is exactly what the placement will draw with the real one. Never published, never drawn with.
 */
const STAND_IN = { secret: 'inputs-only-not-a-draw-secret', publicEntropy: 'inputs-only' };

/**
 * Schedules a large district's shared-seat round (R2.2) once every school draw has run: the spare seats
 * and who still waits (having asked for shared seats) are fixed and published with the list hash and the
 * commitment, like a school draw; from here on requests cannot change.
 */
export const scheduleShared: Handler<'lottery', 'scheduleShared'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  const { store, crypto } = ctx.ports;
  const season = await store.catalog.getSeason(input.seasonId);
  if (!season || !caller.districtId) throw new AppError('NOT_FOUND.SEASON');
  const ld = (await store.catalog.listLargeDistricts()).find(
    (d) => d.id === input.largeDistrictId && d.districtId === caller.districtId,
  );
  if (!ld) throw new AppError('NOT_FOUND.SCHOOL', '找不到这个大学区，请从录取总览中选择。');
  const drawId = sharedDrawId(season.id, ld.id);
  const scheduledAt = checkSchedule(season, input.scheduledAt, drawId, ctx.now);

  const scope = await loadSeasonScope(store, season, caller.districtId);
  const pending = [...pendingBySchool(scope).values()].reduce((n, x) => n + x, 0);
  if (pending > 0) throw new AppError('LOTTERY.VERIFICATION_PENDING');
  const draws = await loadDistrictDraws(store, season.id, caller.districtId);
  const missing = missingSchoolDraws(scope, draws);
  if (missing.length > 0) {
    throw new AppError(
      'LOTTERY.DRAWS_PENDING',
      `共享学位摇号须在各校摇号之后：${missing.join('、')} 尚未完成。`,
    );
  }
  const basis = placementBasis(scope, draws);
  const zone = zoneRound(basis, crypto);
  if (!zone.ok) throw placementRefused(zone.problems);
  const plan = sharedRounds(basis, zone.result).get(ld.id);
  if (!plan || plan.entrants.length === 0) {
    throw new AppError('LOTTERY.NOT_NEEDED', `${ld.name}没有仍在候补并申请了共享学位的报名，无需摇号。`);
  }
  if (plan.spare === 0) {
    throw new AppError(
      'LOTTERY.NOT_NEEDED',
      `${ld.name}申请人所选的学校在本校录取后已无空余学位，无需摇号。`,
    );
  }
  const trial = placeWith(basis, crypto, plan.entrants, () => ({ drawId, ...STAND_IN }));
  const inputs = trial.ok
    ? (trial.result.records.find((r) => r.drawId === drawId) as SharedSeatsDrawRecord | undefined)
    : undefined;
  if (!inputs) throw new Error(`shared round ${drawId}: the placement drew no record`);

  const idOf = new Map(scope.apps.map((a) => [a.appNo, a.id]));
  const secret = randomBytes(32).toString('hex');
  const draw: StoredDraw = {
    id: drawId,
    seasonId: season.id,
    schoolId: ld.id,
    schoolName: `${ld.name}共享学位`,
    districtId: caller.districtId,
    tier: SHARED_TIER,
    tierName: '大学区共享学位',
    seats: plan.spare,
    scheduledAt: scheduledAt.toISOString(),
    status: 'committed',
    units: inputs.units.map((appNos) => ({
      key: canonicalUnit(appNos).key,
      appNos,
      applicationIds: appNos.map((n) => idOf.get(n)!),
    })),
    listHash: inputs.listHash,
    commitment: commitment(secret),
    secretCipher: crypto.encrypt(secret),
    observers: [],
    createdAt: ctx.now.toISOString(),
    createdBy: caller.userId,
    kind: 'shared',
    spare: inputs.spare,
    preferences: Object.entries(inputs.preferences).map(([key, schoolIds]) => ({ key, schoolIds })),
  };
  return commitDraw(ctx, draw, 'lottery.schedule_shared', {
    units: draw.units.length,
    spare: plan.spare,
    listHash: draw.listHash,
  });
};
