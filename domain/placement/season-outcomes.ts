// Units become one outcome per application number: bound siblings share their unit's placement, rank and
// reason, so a parent of twins reads the same line for both children. Built from the placement columns, only
// when a caller reads the outcomes.
import { byteOrder } from '../lottery/canonical-list';
import { reasons } from './placement-reasons';
import type { PlacementOutcome } from './placement-types';
import { ADMITTED, SHARED_ADMITTED, STATUS_NAMES, type RoundContext } from './round-context';

export function seasonOutcomes(context: RoundContext): PlacementOutcome[] {
  const { input, placed } = context;
  const outcomes: PlacementOutcome[] = [];
  const reasonOf = reasonWriter(context);
  const emit = (numbers: readonly string[], slot: number, tier: string | null) => {
    const members = numbers.length === 1 ? numbers : [...numbers].sort(byteOrder);
    const reason = reasonOf(slot);
    const status = STATUS_NAMES[placed.status[slot]!]!;
    const school = placed.school[slot]!;
    const schoolId = school < 0 ? null : input.schools[school]!.id;
    const rank = placed.rank[slot]!;
    // Two literal shapes rather than a conditional spread: 300,000 objects of one of two hidden classes.
    for (const applicationNumber of members) {
      outcomes.push(
        rank === 0
          ? { applicationNumber, schoolId, status, tier, reason }
          : { applicationNumber, schoolId, status, tier, rank, drawId: drawIdOf(context, slot), reason },
      );
    }
  };
  input.units.forEach((unit, u) => emit(unit.applicationNumbers, u, unit.tier));
  (input.sharedSeats ?? []).forEach((request, r) => {
    const slot = input.units.length + r;
    if (placed.status[slot] !== 0) emit(request.applicationNumbers, slot, null);
  });
  return outcomes;
}

function drawIdOf({ records, placed }: RoundContext, slot: number): string {
  return records[placed.draw[slot]!]!.drawId;
}

/** The sentence a parent reads for a slot: its own round's, then the shared round's if it entered one. */
function reasonWriter(context: RoundContext): (slot: number) => string {
  const { input, index, placed, rounds, seatsBefore } = context;
  const tiers = input.tiers.length;
  const tierName = (t: number) => {
    const tier = input.tiers[t]!;
    return input.tierNames?.[tier] ?? tier;
  };
  const own = (u: number): string => {
    const cell = index.units.cells[u]!;
    const name = tierName(cell % tiers);
    const seats = seatsBefore[cell]!;
    switch (index.fates[cell]) {
      case 'whole':
        return reasons.wholeTier(name, index.children[cell]!, seats);
      case 'full':
        return reasons.full(name);
      default: {
        const units = index.cellStart[cell + 1]! - index.cellStart[cell]!;
        const rank = placed.rank[u]!;
        return placed.status[u] === ADMITTED
          ? reasons.drawAdmitted(name, rank, units, seats)
          : reasons.drawWaitlisted(name, rank, units, seats);
      }
    }
  };
  return (slot) => {
    const round = rounds[placed.sharedRound[slot]!];
    if (placed.status[slot] === SHARED_ADMITTED) {
      const schoolId = input.schools[placed.school[slot]!]!.id;
      return reasons.sharedAdmitted(placed.rank[slot]!, round!.entrants, schoolId);
    }
    const before = slot < input.units.length ? own(slot) : reasons.sharedOnlyUnplaced();
    if (round === undefined) return before;
    const sentence =
      round.record < 0
        ? reasons.sharedNoSpare()
        : reasons.sharedNone(placed.sharedRank[slot]!, round.entrants);
    return `${before}${sentence}`;
  };
}
