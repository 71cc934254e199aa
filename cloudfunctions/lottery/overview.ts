import { DRAW_STATUS_LABELS, TIER_FATE_LABELS, type PlacementOverview } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { StoredDraw } from '../lib/ports/records';
import { tierOf } from './draw-snapshot';
import { placementBasis, sharedDrawId, sharedRounds, zoneRound } from './season-placement';
import { MIN_PUBLICATION_LEAD_MS } from './publication-lead';
import {
  loadDistrictDraws,
  loadSeasonScope,
  pendingBySchool,
  planOf,
  schoolDrawId,
  tierCounts,
} from './season-scope';

const shanghai = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** A ceremony's progress as the console shows it beside its tier or large district. */
const drawProgress = (draw: StoredDraw | undefined) =>
  draw
    ? {
        draw: {
          drawId: draw.id,
          status: draw.status,
          statusLabel: DRAW_STATUS_LABELS[draw.status],
          scheduledAt: draw.scheduledAt,
        },
      }
    : {};

/**
 * The console's map of the season: per school and tier, how many children, how many seats are left for
 * them, and whether the tier is admitted whole, drawn, or finds the school full; with each ceremony's
 * progress and, in sentences, what still stands between the staff and publishing the results.
 */
export const overview: Handler<'lottery', 'overview'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  const { store } = ctx.ports;
  const season = input.seasonId
    ? await store.catalog.getSeason(input.seasonId)
    : await store.catalog.currentSeason();
  if (!season || !caller.districtId) throw new AppError('NOT_FOUND.SEASON');
  const scope = await loadSeasonScope(store, season, caller.districtId);
  const draws = await loadDistrictDraws(store, season.id, caller.districtId);
  const counts = tierCounts(scope);
  const pending = pendingBySchool(scope);

  let drawsNeeded = 0;
  let drawsScheduled = 0;
  let drawsDone = 0;
  const schools = scope.schools.map((school) => {
    const tiers = planOf(scope, school, counts.get(school.id)!).map((row) => {
      const draw = draws.get(schoolDrawId(season.id, school.id, row.tier));
      if (row.fate === 'draw') {
        drawsNeeded += 1;
        if (draw) drawsScheduled += 1;
        if (draw?.status === 'drawn') drawsDone += 1;
      }
      return {
        ...row,
        fateLabel: TIER_FATE_LABELS[row.fate],
        ...drawProgress(draw),
      };
    });
    return {
      schoolId: school.id,
      schoolName: school.name,
      largeDistrictId: school.largeDistrictId,
      capacity: school.capacity,
      tiers,
      pendingVerification: pending.get(school.id) ?? 0,
    };
  });

  const tiered = scope.apps.filter((a) => tierOf(a) !== null);
  const pendingTotal = [...pending.values()].reduce((n, x) => n + x, 0);
  const listFinal = ctx.now.getTime() > new Date(season.withdrawDeadline).getTime();
  const blockers: string[] = [];
  if (!listFinal) blockers.push(`报名撤回截止（${shanghai(season.withdrawDeadline)}）之后名单才确定。`);
  if (pendingTotal > 0) blockers.push(`还有 ${pendingTotal} 份报名在等待部门核验，类别尚未确定。`);
  if (drawsDone < drawsNeeded) blockers.push(`需要摇号的 ${drawsNeeded} 场中已完成 ${drawsDone} 场。`);

  // The shared rounds are known once every school draw has run: who still waits, and the seats left over.
  const basis = placementBasis(scope, draws);
  const zone =
    listFinal && pendingTotal === 0 && drawsDone === drawsNeeded ? zoneRound(basis, ctx.ports.crypto) : null;
  const rounds = zone?.ok ? sharedRounds(basis, zone.result) : null;
  const shared = (await store.catalog.listLargeDistricts())
    .filter((ld) => ld.districtId === caller.districtId)
    .map((ld) => {
      const plan = rounds?.get(ld.id);
      const draw = draws.get(sharedDrawId(season.id, ld.id));
      const needed = plan ? plan.entrants.length > 0 && plan.spare > 0 : undefined;
      if (needed && draw?.status !== 'drawn') blockers.push(`${ld.name}的共享学位摇号尚未完成。`);
      return {
        largeDistrictId: ld.id,
        name: ld.name,
        requests: basis.requests.filter((r) => r.largeDistrictId === ld.id).length,
        ...(plan ? { entrants: plan.entrants.length, spare: plan.spare, needed } : {}),
        ...drawProgress(draw),
      };
    });

  const result: PlacementOverview = {
    seasonId: season.id,
    seasonName: season.name,
    withdrawDeadline: season.withdrawDeadline,
    listFinal,
    earliestDrawAt: new Date(
      Math.ceil((ctx.now.getTime() + MIN_PUBLICATION_LEAD_MS) / 3600_000) * 3600_000,
    ).toISOString(),
    tiers: scope.tiers,
    schools,
    shared,
    withoutCategory: scope.apps.filter((a) => tierOf(a) === null && a.status !== 'pending_verification')
      .length,
    drawsNeeded,
    drawsScheduled,
    drawsDone,
    decided: tiered.filter((a) => a.placement || a.status === 'admitted' || a.status === 'waitlisted').length,
    placed: tiered.length,
    blockers,
  };
  return result;
};
