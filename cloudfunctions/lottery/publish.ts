import { canTransition, isDrawDecided } from '../../domain/application/application-status';
import type { PlacementOutcome } from '../../domain/placement';
import type { Placement, PlacementReport } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { ApplicationRecord } from '../lib/ports/records';
import { placementMessage } from '../notify/message-for';
import {
  neededSharedRounds,
  placementBasis,
  placementRefused,
  placeWith,
  sharedDrawId,
  sharedRounds,
  zoneRound,
} from './season-placement';
import { loadDistrictDraws, loadSeasonScope, missingSchoolDraws, pendingBySchool } from './season-scope';
import { unitAbout } from './waitlist';

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
  const draws = await loadDistrictDraws(store, season.id, caller.districtId);
  const missing = missingSchoolDraws(scope, draws);
  if (missing.length > 0) {
    throw new AppError('LOTTERY.DRAWS_PENDING', `以下摇号尚未完成：${missing.join('、')}。`);
  }

  const basis = placementBasis(scope, draws);
  const zone = zoneRound(basis, crypto);
  if (!zone.ok) throw placementRefused(zone.problems);
  // Shared rounds: only those with entrants and spare seats draw, and their ceremonies must have run.
  const rounds = sharedRounds(basis, zone.result);
  const needed = neededSharedRounds(rounds);
  const names = new Map(scope.schools.map((s) => [s.id, s.name]));
  const sharedMissing = needed.filter((ld) => draws.get(sharedDrawId(season.id, ld))?.status !== 'drawn');
  if (sharedMissing.length > 0) {
    const ldNames = new Map((await store.catalog.listLargeDistricts()).map((ld) => [ld.id, ld.name]));
    throw new AppError(
      'LOTTERY.DRAWS_PENDING',
      `以下大学区的共享学位摇号尚未完成：${sharedMissing.map((ld) => ldNames.get(ld) ?? ld).join('、')}。`,
    );
  }
  const placed = placeWith(
    basis,
    crypto,
    needed.flatMap((ld) => rounds.get(ld)!.entrants),
    (ld) => {
      const draw = draws.get(sharedDrawId(season.id, ld))!;
      return {
        drawId: draw.id,
        secret: crypto.decrypt(draw.secretCipher),
        publicEntropy: draw.sharedRecord!.publicEntropy,
      };
    },
  );
  if (!placed.ok) throw placementRefused(placed.problems);
  // Every record the placement draws must be, byte for byte, the one its ceremony published.
  let recordsChecked = 0;
  for (const record of placed.result.records) {
    const stored = draws.get(record.drawId);
    const published = stored?.record ?? stored?.sharedRecord;
    if (!published || JSON.stringify(record) !== JSON.stringify(published)) {
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
  const tierNames = new Map(scope.tiers.map((t) => [t.id, t.name]));

  for (const [schoolId, rows] of bySchool) {
    await store.transaction(async (tx) => {
      const changed = new Map<string, ApplicationRecord[]>();
      let admitted = 0;
      let waitlisted = 0;
      let unchanged = 0;
      for (const row of rows) {
        const { outcome } = row;
        // Read again inside the transaction: another administrator may have published this school a moment
        // ago, or the waitlist moved; the decision and the write both follow the record as it is now.
        const app = (await tx.applications.get(row.app.id)) ?? row.app;
        const to =
          outcome.status === 'waitlisted' ? 'waitlisted' : outcome.status === 'unplaced' ? null : 'admitted';
        // A draw already decided (and the waitlist may since have moved) this family: its result stands,
        // unless the shared round gives a child still waiting at its own school a seat elsewhere.
        const sharedSeat = outcome.status === 'shared_admitted' && app.status === 'waitlisted';
        if (
          !to ||
          app.placement ||
          (isDrawDecided(app.status) && !sharedSeat) ||
          !canTransition(app.status, to)
        ) {
          unchanged += 1;
          continue;
        }
        const placement: Placement = {
          schoolId: outcome.schoolId ?? app.schoolId,
          schoolName: names.get(outcome.schoolId ?? app.schoolId) ?? '',
          status: to,
          ...(outcome.tier ? { tierName: tierNames.get(outcome.tier) ?? outcome.tier } : {}),
          ...(outcome.rank ? { rank: outcome.rank } : {}),
          ...(outcome.drawId ? { drawId: outcome.drawId } : {}),
          reason: readable(outcome.reason, names),
          publishedAt: at,
        };
        const next: ApplicationRecord = {
          ...app,
          status: to,
          placement,
          timeline: [...app.timeline, { status: to, at, note: placement.reason }],
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
      report.unchanged += unchanged;
      report.messages += changed.size;
    });
  }
  return report;
};

/** The domain names schools by id in its sentences; a family reads the school's name. */
const readable = (reason: string, names: Map<string, string>): string =>
  reason.replace(/分配至 ([A-Za-z0-9._-]+)/, (all, id: string) =>
    names.has(id) ? `分配至${names.get(id)}` : all,
  );
