// Units become one outcome per application number: bound siblings share their unit's placement, rank and
// reason, so a parent of twins reads the same line for both children. Built from the rounds' integers, only
// when a caller reads the outcomes.
import { byteOrder } from '../lottery/canonical-list';
import { reasons } from './placement-reasons';
import type { PlacementOutcome, PlacementStatus } from './placement-types';
import { ADMITTED, ownStatus, SHARED_ADMITTED, SHARED_LEFT, type RoundContext } from './round-context';

interface Placement {
  readonly status: PlacementStatus;
  readonly schoolId: string | null;
  /** 0 when no draw placed the unit. */
  readonly rank: number;
  readonly drawId: string | undefined;
  readonly reason: string;
}

export function seasonOutcomes(context: RoundContext): PlacementOutcome[] {
  const { input } = context;
  const outcomes: PlacementOutcome[] = [];
  const emit = (numbers: readonly string[], p: Placement, tier: string | null) => {
    const members = numbers.length === 1 ? numbers : [...numbers].sort(byteOrder);
    const { status, schoolId, rank, reason } = p;
    // Two literal shapes rather than a conditional spread: 300,000 objects of one of two hidden classes.
    for (const applicationNumber of members) {
      outcomes.push(
        rank === 0
          ? { applicationNumber, schoolId, status, tier, reason }
          : { applicationNumber, schoolId, status, tier, rank, drawId: p.drawId!, reason },
      );
    }
  };
  const placementOf = placements(context);
  input.units.forEach((unit, u) => emit(unit.applicationNumbers, placementOf(u), unit.tier));
  const { firstOnly } = context.index.requests;
  (input.sharedOnly ?? []).forEach((request, k) => {
    const slot = input.units.length + firstOnly + k;
    if (context.shared.status[slot] !== 0) emit(request.applicationNumbers, placementOf(slot), null);
  });
  return outcomes;
}

/** A slot's placement: its own round's, replaced or extended by the shared round it entered. */
function placements(context: RoundContext): (slot: number) => Placement {
  const { input, index, records, schools, shared } = context;
  const tiers = input.tiers.length;
  // Which request an applicant unit entered the shared round by, if any.
  const requestOf = new Int32Array(input.units.length).fill(-1);
  index.requests.requestUnits.forEach((u, r) => {
    if (u >= 0 && shared.rank[r]! >= 0) requestOf[u] = r;
  });
  const tierName = (t: number) => {
    const tier = input.tiers[t]!;
    return input.tierNames?.[tier] ?? tier;
  };
  const byCell = new Array<Placement | undefined>(index.fates.length);
  const own = (u: number): Placement => {
    const cell = index.units.cells[u]!;
    const name = tierName(cell % tiers);
    const seats = schools.seatsBefore[cell]!;
    const status = ownStatus(context, u) === ADMITTED ? 'admitted' : 'waitlisted';
    const schoolId = input.schools[Math.floor(cell / tiers)]!.id;
    switch (index.fates[cell]) {
      // One placement for a whole or full tier, shared by its units: nothing in it is personal.
      case 'whole':
        return (byCell[cell] ??= {
          status,
          schoolId,
          rank: 0,
          drawId: undefined,
          reason: reasons.wholeTier(name, index.children[cell]!, seats),
        });
      case 'full':
        return (byCell[cell] ??= {
          status,
          schoolId,
          rank: 0,
          drawId: undefined,
          reason: reasons.full(name),
        });
      default: {
        const units = index.cellStart[cell + 1]! - index.cellStart[cell]!;
        const rank = schools.rank[u]!;
        const reason =
          status === 'admitted'
            ? reasons.drawAdmitted(name, rank, units, seats)
            : reasons.drawWaitlisted(name, rank, units, seats);
        return { status, schoolId, rank, drawId: records[schools.cellRecord[cell]!]!.drawId, reason };
      }
    }
  };
  return (slot) => {
    const r = slot < input.units.length ? requestOf[slot]! : slot - input.units.length;
    if (r < 0) return own(slot);
    const round = shared.list[shared.roundOf[index.requests.requestDistricts[r]!]!]!;
    const rank = shared.rank[r]!;
    const drawId = round.record < 0 ? undefined : records[round.record]!.drawId;
    // Seats assigned again without the units that left: everyone still in the round reads why.
    const again = round.left > 0 ? reasons.sharedReassigned(round.left) : '';
    if (shared.status[slot] === SHARED_ADMITTED) {
      const schoolId = input.schools[shared.school[r]!]!.id;
      const reason = `${reasons.sharedAdmitted(rank, round.entrants, schoolId)}${again}`;
      return { status: 'shared_admitted', schoolId, rank, drawId, reason };
    }
    const sentence =
      round.record < 0
        ? reasons.sharedNoSpare()
        : shared.status[slot] === SHARED_LEFT
          ? reasons.sharedLeft(rank, round.entrants)
          : `${reasons.sharedNone(rank, round.entrants)}${again}`;
    if (slot < input.units.length) {
      // A waitlisted applicant keeps its own place and rank; the round only adds its sentence.
      const mine = own(slot);
      return { ...mine, reason: `${mine.reason}${sentence}` };
    }
    const reason = `${reasons.sharedOnlyUnplaced()}${sentence}`;
    return { status: 'unplaced', schoolId: null, rank: round.record < 0 ? 0 : rank, drawId, reason };
  };
}
