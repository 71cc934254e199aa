// Units become one outcome per application number: bound siblings share their unit's placement, rank and
// reason, so a parent of twins reads the same line for both children.
import { reasonText, type RoundContext, type UnitPlacement } from './round-context';
import type { PlacementOutcome } from './placement-types';

export function seasonOutcomes(context: RoundContext): PlacementOutcome[] {
  const { input, placements } = context;
  const outcomes: PlacementOutcome[] = [];
  const emit = (numbers: readonly string[], placement: UnitPlacement, tier: string | null) => {
    const members = numbers.length === 1 ? numbers : sorted(numbers);
    for (const applicationNumber of members) outcomes.push(outcome(applicationNumber, placement, tier));
  };
  input.units.forEach((unit, u) => emit(unit.applicationNumbers, placements[u]!, unit.tier));
  (input.sharedSeats ?? []).forEach((request, r) => {
    const placement = placements[input.units.length + r];
    if (placement) emit(request.applicationNumbers, placement, null);
  });
  return outcomes;
}

function sorted(numbers: readonly string[]): string[] {
  return [...numbers].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// Two literal shapes rather than a conditional spread: 300,000 objects of one of two hidden classes.
function outcome(applicationNumber: string, p: UnitPlacement, tier: string | null): PlacementOutcome {
  const { status, schoolId } = p;
  const reason = reasonText(p);
  return p.rank === undefined
    ? { applicationNumber, schoolId, status, tier, reason }
    : { applicationNumber, schoolId, status, tier, rank: p.rank, drawId: p.drawId!, reason };
}
