import {
  attachSharedRequests,
  placeSeason,
  type ApplicantUnit,
  type DrawParams,
  type PlacementProblem,
  type PlacementResult,
  type SeasonPlacement,
  type SharedSeatsRequest,
} from '../../domain/placement';
import { SHARED_TIER } from '../../types';
import { AppError } from '../lib/app-error';
import type { FieldCrypto } from '../lib/ports/field-crypto';
import type { ApplicationRecord, StoredDraw } from '../lib/ports/records';
import { tierOf } from './draw-snapshot';
import { nodeSha256 } from './node-sha256';
import { schoolDrawId, type SeasonScope } from './season-scope';

/** The draw id of a large district's shared-seat round; the ceremony and the placement must agree on it. */
export const sharedDrawId = (seasonId: string, largeDistrictId: string): string =>
  `${seasonId}-${largeDistrictId}-${SHARED_TIER}`;

/** What the placement is computed from: the units, the shared-seat requests and the ceremonies. */
export interface PlacementBasis {
  scope: SeasonScope;
  draws: Map<string, StoredDraw>;
  units: ApplicantUnit[];
  /**
   * Every unit whose family asked for shared seats, whether or not it will need them; for a large district
   * whose round is scheduled, that round's committed entrants and wishes instead.
   */
  requests: SharedSeatsRequest[];
  /**
   * Numbers of committed shared-round entrants that no longer wait: each member was since admitted other
   * than by that round (it accepted a seat its own school's waitlist offered) or withdrew. Their round's
   * seats are assigned again without them (PlacementInput.sharedLeft), so a seat one of them won is not lost.
   */
  sharedLeft: string[];
}

/**
 * Units of the placement. A tier that had a ceremony takes its units from the draw's snapshot, the list
 * that was published and committed to: a family that declined its seat since then is still in that list,
 * so the placement reproduces the very record the ceremony published. Other tiers take today's
 * applications, bound siblings of one tier as one unit (as the snapshot does).
 */
export const placementBasis = (scope: SeasonScope, draws: Map<string, StoredDraw>): PlacementBasis => {
  const byNo = new Map(scope.apps.map((a) => [a.appNo, a]));
  const units: ApplicantUnit[] = [];
  const fromDraw = new Set<string>();
  for (const d of draws.values()) {
    if (d.status !== 'drawn' || d.kind === 'shared') continue;
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
  units.push(...groups.values());

  // A shared round once scheduled is its committed list: a family that leaves, or a wish changed in the
  // store since, must not change the round the ceremony drew (else publish could never reproduce it).
  const requests: SharedSeatsRequest[] = [];
  const committed = new Set<string>();
  const sharedLeft: string[] = [];
  for (const d of draws.values()) {
    if (d.kind !== 'shared') continue;
    committed.add(d.schoolId);
    const wishes = new Map((d.preferences ?? []).map((p) => [p.key, p.schoolIds]));
    // Gone: withdrawn (or refused), or admitted other than by this very round (a waitlist offer accepted at
    // its own school). A child of a tier that was full before it ever drew is still 'submitted' and waits.
    const waits = (no: string) => {
      const app = byNo.get(no);
      if (!app || app.status === 'withdrawn' || app.status === 'rejected') return false;
      return app.status !== 'admitted' || app.placement?.drawId === d.id;
    };
    for (const u of d.units) {
      requests.push({
        applicationNumbers: u.appNos,
        largeDistrictId: d.schoolId,
        schoolIds: wishes.get(u.key) ?? [],
      });
      if (!u.appNos.some(waits)) sharedLeft.push(...u.appNos);
    }
  }
  // Bound twins ask together (requestShared writes the choice on every member): the first member speaks.
  for (const unit of units) {
    const members = unit.applicationNumbers.map((n) => byNo.get(n));
    if (members.some((m) => !m)) continue; // a member withdrew (declined its seat): the unit is not waiting
    const first = members[0] as ApplicationRecord;
    if (!first.sharedChoice || committed.has(first.largeDistrictId)) continue;
    requests.push({
      applicationNumbers: unit.applicationNumbers,
      largeDistrictId: first.largeDistrictId,
      schoolIds: first.sharedChoice.schoolIds,
    });
  }
  return { scope, draws, units, requests, sharedLeft };
};

/** The school draws' parameters, from their ceremonies: the decrypted secret and the entropy typed there. */
export const schoolDrawParams =
  (basis: PlacementBasis, crypto: FieldCrypto) =>
  (schoolId: string, tier: string): DrawParams => {
    const draw = basis.draws.get(schoolDrawId(basis.scope.season.id, schoolId, tier));
    if (draw?.status !== 'drawn' || !draw.record) throw new Error(`${schoolId} ${tier} 尚未摇号`);
    return {
      drawId: draw.id,
      secret: crypto.decrypt(draw.secretCipher),
      publicEntropy: draw.record.publicEntropy,
    };
  };

/** The season's placement with the given shared-seat requests; their rounds' parameters from `shared`. */
export const placeWith = (
  basis: PlacementBasis,
  crypto: FieldCrypto,
  sharedSeats: SharedSeatsRequest[],
  shared: (largeDistrictId: string) => DrawParams,
): SeasonPlacement =>
  placeSeason({
    schools: basis.scope.schools.map((s) => ({
      id: s.id,
      seats: s.capacity,
      largeDistrictId: s.largeDistrictId,
    })),
    tiers: basis.scope.tiers.map((t) => t.id),
    tierNames: Object.fromEntries(basis.scope.tiers.map((t) => [t.id, t.name])),
    ...attachSharedRequests(basis.units, sharedSeats),
    sharedLeft: basis.sharedLeft,
    drawParams: schoolDrawParams(basis, crypto),
    sharedDrawParams: shared,
    sha256: nodeSha256,
  });

/** The schools' own rounds only: who is admitted, who waits, and each school's spare seats. */
export const zoneRound = (basis: PlacementBasis, crypto: FieldCrypto): SeasonPlacement =>
  placeWith(basis, crypto, [], (ld) => {
    throw new Error(`no shared round in the zone round (${ld})`);
  });

export interface SharedRoundPlan {
  /** Requests of units still waiting at their own school after its round: they enter. */
  entrants: SharedSeatsRequest[];
  /**
   * Spare seats of the schools the entrants asked for. The spec's round spans the whole large district
   * (its record lists every school's spare seats, primary and junior alike), but a request names schools of
   * the child's own stage only, so the seats anyone can actually get are these.
   */
  spare: number;
}

/** Per large district: who enters its shared round and how many seats its entrants can get. */
export const sharedRounds = (basis: PlacementBasis, zone: PlacementResult): Map<string, SharedRoundPlan> => {
  const waiting = new Set(
    zone.outcomes.filter((o) => o.status === 'waitlisted').map((o) => o.applicationNumber),
  );
  const spareOf = new Map(zone.schools.map((s) => [s.schoolId, s.spare]));
  const plans = new Map<string, SharedRoundPlan>();
  for (const school of basis.scope.schools) {
    if (!plans.has(school.largeDistrictId)) plans.set(school.largeDistrictId, { entrants: [], spare: 0 });
  }
  for (const r of basis.requests) {
    if (r.applicationNumbers.every((n) => waiting.has(n))) plans.get(r.largeDistrictId)?.entrants.push(r);
  }
  for (const plan of plans.values()) {
    const wished = new Set(plan.entrants.flatMap((r) => r.schoolIds));
    plan.spare = [...wished].reduce((n, id) => n + (spareOf.get(id) ?? 0), 0);
  }
  return plans;
};

/** The rounds that need a ceremony: entrants, and a spare seat at some school they asked for. */
export const neededSharedRounds = (plans: Map<string, SharedRoundPlan>): string[] =>
  [...plans].filter(([, p]) => p.entrants.length > 0 && p.spare > 0).map(([ld]) => ld);

/** Counts moved between the plan and the placement (e.g. a declined seat changed a tier's fate): say so. */
export const placementRefused = (problems: PlacementProblem[]) =>
  new AppError(
    'LOTTERY.DRAWS_PENDING',
    `录取计算未通过：${problems
      .slice(0, 3)
      .map((p) => p.message)
      .join('；')}`,
  );
