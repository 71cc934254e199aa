import { canTransition, isDrawDecided } from '../../domain/application/application-status';
import { placeSeason, type ApplicantUnit, type PlacementOutcome } from '../../domain/placement';
import type { Placement, PlacementReport } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { ApplicationRecord, StoredDraw } from '../lib/ports/records';
import { placementMessage } from '../notify/message-for';
import { tierOf } from './draw-snapshot';
import {
  loadSeasonScope,
  pendingBySchool,
  planOf,
  schoolDrawId,
  tierCounts,
  type SeasonScope,
} from './season-scope';
import { unitAbout } from './waitlist';

/**
 * Units of the placement. A tier that had a ceremony takes its units from the draw's snapshot, the list
 * that was published and committed to: a family that declined its seat since then is still in that list,
 * so the placement reproduces the very record the ceremony published. Other tiers take today's
 * applications, bound siblings of one tier as one unit (as the snapshot does).
 */
const unitsOf = (scope: SeasonScope, draws: Map<string, StoredDraw>): ApplicantUnit[] => {
  const units: ApplicantUnit[] = [];
  const fromDraw = new Set<string>();
  for (const d of draws.values()) {
    if (d.status !== 'drawn') continue;
    fromDraw.add(`${d.schoolId}|${d.tier}`);
    for (const u of d.units) units.push({ applicationNumbers: u.appNos, schoolId: d.schoolId, tier: d.tier });
  }
  const groups = new Map<string, ApplicantUnit & { applicationNumbers: string[] }>();
  for (const a of scope.apps) {
    const tier = tierOf(a);
    if (tier === null || fromDraw.has(`${a.schoolId}|${tier}`)) continue;
    const id = `${a.siblingGroup?.id ?? `single:${a.id}`}|${tier}`;
    const unit = groups.get(id);
    if (unit) unit.applicationNumbers.push(a.appNo);
    else groups.set(id, { applicationNumbers: [a.appNo], schoolId: a.schoolId, tier });
  }
  return [...units, ...groups.values()];
};

/**
 * Publishes the season's results for the caller's district (issue 4 part 3): the domain's placeSeason,
 * fed with the ceremonies' own secrets and public entropy, decides every child; each draw record it
 * recomputes must equal the published one (else the stored inputs were altered, and nothing is written).
 * Families no draw decided get their status, a timeline note with the reason and a message. A published
 * result never changes: running it again only adds results that were missing. One transaction per school,
 * so a large city never needs one giant transaction and a failure leaves whole schools, not half of one.
 */
export const publish: Handler<'lottery', 'publish'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  const { store, crypto } = ctx.ports;
  const season = await store.catalog.getSeason(input.seasonId);
  if (!season || !caller.districtId) throw new AppError('NOT_FOUND.SEASON');
  if (ctx.now.getTime() <= new Date(season.withdrawDeadline).getTime())
    throw new AppError('LOTTERY.LIST_NOT_FINAL');
  const scope = await loadSeasonScope(store, season, caller.districtId);
  const pending = [...pendingBySchool(scope).values()].reduce((n, x) => n + x, 0);
  if (pending > 0) {
    throw new AppError(
      'LOTTERY.VERIFICATION_PENDING',
      `还有 ${pending} 份报名在等待部门核验，请核验完成后再公布结果。`,
    );
  }
  const draws = new Map(
    (await store.draws.listBySeason(season.id))
      .filter((d) => d.districtId === caller.districtId)
      .map((d) => [d.id, d]),
  );
  const counts = tierCounts(scope);
  const missing = scope.schools.flatMap((school) =>
    planOf(scope, school, counts.get(school.id)!)
      .filter(
        (row) =>
          row.fate === 'draw' && draws.get(schoolDrawId(season.id, school.id, row.tier))?.status !== 'drawn',
      )
      .map((row) => `${school.name}「${scope.tiers.find((t) => t.id === row.tier)!.name}」`),
  );
  if (missing.length > 0) {
    throw new AppError('LOTTERY.DRAWS_PENDING', `以下摇号尚未完成：${missing.join('、')}。`);
  }

  const placed = placeSeason({
    schools: scope.schools.map((s) => ({ id: s.id, seats: s.capacity, largeDistrictId: s.largeDistrictId })),
    tiers: scope.tiers.map((t) => t.id),
    tierNames: Object.fromEntries(scope.tiers.map((t) => [t.id, t.name])),
    units: unitsOf(scope, draws),
    drawParams: (schoolId, tier) => {
      const draw = draws.get(schoolDrawId(season.id, schoolId, tier));
      if (draw?.status !== 'drawn' || !draw.record) throw new Error(`${schoolId} ${tier} 尚未摇号`);
      return {
        drawId: draw.id,
        secret: crypto.decrypt(draw.secretCipher),
        publicEntropy: draw.record.publicEntropy,
      };
    },
    sharedDrawParams: (ld) => {
      throw new Error(`大学区 ${ld} 的共享学位摇号尚未进行`);
    },
  });
  if (!placed.ok) {
    // Counts moved between the plan and the placement (e.g. a declined seat changed a tier's fate): say so.
    throw new AppError(
      'LOTTERY.DRAWS_PENDING',
      `录取计算未通过：${placed.problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('；')}`,
    );
  }
  let recordsChecked = 0;
  for (const record of placed.result.records) {
    const published = draws.get(record.drawId)?.record;
    if (!published || !('ranking' in record)) continue;
    if (
      record.seed !== published.seed ||
      JSON.stringify(record.ranking) !== JSON.stringify(published.ranking)
    ) {
      throw new Error(`placement: draw ${record.drawId} does not reproduce its published record`);
    }
    recordsChecked += 1;
  }

  const report: PlacementReport = { admitted: 0, waitlisted: 0, unchanged: 0, messages: 0, recordsChecked };
  const byNo = new Map(scope.apps.map((a) => [a.appNo, a]));
  const bySchool = new Map<string, { app: ApplicationRecord; outcome: PlacementOutcome }[]>();
  for (const outcome of placed.result.outcomes) {
    const app = byNo.get(outcome.applicationNumber);
    if (!app) {
      report.unchanged += 1; // withdrawn since the draw: its seat already moved on through the waitlist
      continue;
    }
    const rows = bySchool.get(app.schoolId);
    if (rows) rows.push({ app, outcome });
    else bySchool.set(app.schoolId, [{ app, outcome }]);
  }
  const at = ctx.now.toISOString();
  const names = new Map(scope.schools.map((s) => [s.id, s.name]));
  const tierNames = new Map(scope.tiers.map((t) => [t.id, t.name]));

  for (const [schoolId, rows] of bySchool) {
    await store.transaction(async (tx) => {
      const changed = new Map<string, ApplicationRecord[]>();
      let admitted = 0;
      let waitlisted = 0;
      for (const { app, outcome } of rows) {
        const to =
          outcome.status === 'waitlisted' ? 'waitlisted' : outcome.status === 'unplaced' ? null : 'admitted';
        // A draw already decided (and the waitlist may since have moved) this family: its result stands.
        if (!to || app.placement || isDrawDecided(app.status) || !canTransition(app.status, to)) {
          report.unchanged += 1;
          continue;
        }
        const placement: Placement = {
          schoolId: outcome.schoolId ?? app.schoolId,
          schoolName: names.get(outcome.schoolId ?? app.schoolId) ?? '',
          status: to,
          ...(outcome.tier ? { tierName: tierNames.get(outcome.tier) ?? outcome.tier } : {}),
          ...(outcome.rank ? { rank: outcome.rank } : {}),
          ...(outcome.drawId ? { drawId: outcome.drawId } : {}),
          reason: outcome.reason,
          publishedAt: at,
        };
        const next: ApplicationRecord = {
          ...app,
          status: to,
          placement,
          timeline: [...app.timeline, { status: to, at, note: outcome.reason }],
          updatedAt: at,
        };
        if (!(await tx.applications.update(next, app.status))) {
          throw new Error(`application ${app.id} changed while the results were being published`);
        }
        if (to === 'admitted') admitted += 1;
        else waitlisted += 1;
        const unit = app.siblingGroup?.id ?? app.id;
        const members = changed.get(unit);
        if (members) members.push(next);
        else changed.set(unit, [next]);
      }
      for (const members of changed.values()) {
        await ctx.ports.notifier.notify(
          tx,
          placementMessage(unitAbout(members), members[0]!.placement!.reason, at),
        );
      }
      await ctx.audit(
        {
          action: 'lottery.publish',
          targetType: 'school',
          targetId: schoolId,
          detail: { seasonId: season.id, admitted, waitlisted, messages: changed.size },
        },
        tx,
      );
      report.admitted += admitted;
      report.waitlisted += waitlisted;
      report.messages += changed.size;
    });
  }
  return report;
};
