// The shared-seat round of each large district (R2.2), after every school's own round: units still waiting
// that opted in, and units that applied only here, are drawn by the spec over the district's spare seats.
import type { SharedSeatsDrawRecord } from '../lottery';
import { drawSharedSeats } from '../lottery/draw-record';
import { reasons } from './placement-reasons';
import { reasonText, type RoundContext, type UnitPlacement } from './round-context';
import { sharedEntrants, type SharedEntrant } from './shared-entrants';

export interface SharedRounds {
  readonly records: SharedSeatsDrawRecord[];
  /** Children admitted through shared seats, by school index. */
  readonly admitted: number[];
}

export function placeSharedRounds(context: RoundContext, spare: readonly number[]): SharedRounds {
  const { input, placements } = context;
  const admitted = new Array<number>(input.schools.length).fill(0);
  const schoolIndex = new Map(input.schools.map((school, i) => [school.id, i]));
  const records: SharedSeatsDrawRecord[] = [];
  for (const [districtId, entrants] of sharedEntrants(input, placements, context.index.requestUnits)) {
    const schools = input.schools.filter((school) => school.largeDistrictId === districtId);
    const spareOf = Object.fromEntries(
      schools.map((school) => [school.id, spare[schoolIndex.get(school.id)!]!]),
    );
    if (schools.every((school) => spareOf[school.id] === 0)) {
      for (const entrant of entrants) settle(entrant, placements, null, reasons.sharedNoSpare());
      continue;
    }
    const { drawId, secret, publicEntropy } = context.params.shared.get(districtId)!;
    const {
      record,
      order,
      schools: assigned,
    } = drawSharedSeats(
      { drawId, spare: spareOf, secret, publicEntropy },
      entrants.map((e) => e.key),
      entrants.map((e) => e.request.schoolIds),
    );
    for (let i = 0; i < order.length; i++) {
      const entrant = entrants[order[i]!]!;
      const rank = i + 1;
      const schoolId = assigned[order[i]!] ?? null;
      if (schoolId === null) {
        settle(entrant, placements, { rank, drawId }, reasons.sharedNone(rank, entrants.length));
        continue;
      }
      admitted[schoolIndex.get(schoolId)!]! += entrant.request.applicationNumbers.length;
      const reason = reasons.sharedAdmitted(rank, entrants.length, schoolId);
      placements[entrant.slot] = { status: 'shared_admitted', schoolId, rank, drawId, reason };
    }
    records.push(record);
  }
  return { records, admitted };
}

/**
 * A unit the round did not place: an applicant keeps its own waitlist place (and the rank that decides it),
 * with the shared round's sentence added; a shared-only unit ends unplaced with the shared rank.
 */
function settle(
  entrant: SharedEntrant,
  placements: (UnitPlacement | undefined)[],
  draw: { rank: number; drawId: string } | null,
  sentence: string,
): void {
  const own = placements[entrant.slot];
  placements[entrant.slot] = own
    ? { ...own, reason: `${reasonText(own)}${sentence}` }
    : {
        status: 'unplaced',
        schoolId: null,
        ...(draw ?? {}),
        reason: `${reasons.sharedOnlyUnplaced()}${sentence}`,
      };
}
