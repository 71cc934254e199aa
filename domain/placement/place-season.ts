// A whole season: validate, plan, each school's own round, then each large district's shared round. Pure and
// deterministic: the same input (and the same draw parameters) gives the same result, record for record.
import { placeSchool } from './place-school';
import { placeSharedRounds } from './place-shared-round';
import type {
  PlacementInput,
  PlacementOutcome,
  PlacementResult,
  SchoolStats,
  SeasonPlacement,
} from './placement-types';
import { resolveDrawParams } from './resolve-draw-params';
import type { RoundContext } from './round-context';
import { indexSeason } from './season-index';
import { seasonOutcomes } from './season-outcomes';
import { checkSeason } from './validate-placement';
import type { DrawRecord } from '../lottery';

export function placeSeason(input: PlacementInput): SeasonPlacement {
  const { problems, requestUnits, cells } = checkSeason(input);
  if (problems.length > 0) return { ok: false, problems };
  const index = indexSeason(input, requestUnits, cells);
  const params = resolveDrawParams(input, index);
  if (params.problems.length > 0) return { ok: false, problems: params.problems };

  const slots = input.units.length + (input.sharedSeats?.length ?? 0);
  const placements = new Array<RoundContext['placements'][number]>(slots);
  const context: RoundContext = { input, index, params, placements };
  const records: DrawRecord[] = [];
  const admitted = input.schools.map((_, s) => {
    const round = placeSchool(context, s);
    if (round.record) records.push(round.record);
    return round.admitted;
  });
  // Overflow seats were added for bound siblings; they are not taken from anyone, so spare never goes negative.
  const spare = input.schools.map((school, s) => Math.max(0, school.seats - admitted[s]!));
  const shared = placeSharedRounds(context, spare);
  records.push(...shared.records);
  const schools: SchoolStats[] = input.schools.map((school, s) => ({
    schoolId: school.id,
    seats: school.seats,
    admitted: admitted[s]!,
    overflow: Math.max(0, admitted[s]! - school.seats),
    spare: spare[s]!,
    sharedAdmitted: shared.admitted[s]!,
    sharedOverflow: Math.max(0, shared.admitted[s]! - spare[s]!),
  }));
  return { ok: true, result: placementResult(context, records, schools) };
}

/**
 * Every decision is made by now; one outcome object per child (300,000 of them) is only the presentation of
 * the per-unit placements. They are built on first read of `outcomes` and kept: a caller that stores records
 * and statistics, or reads a few units, does not pay for them. `outcomes` is an enumerable own property, so
 * JSON.stringify, spreading and deep equality see the same plain data as before.
 */
function placementResult(
  context: RoundContext,
  records: DrawRecord[],
  schools: SchoolStats[],
): PlacementResult {
  let outcomes: PlacementOutcome[] | undefined;
  // outcomes first, then records and schools: the key order of the plain result, so its JSON is unchanged.
  const result = Object.defineProperty({}, 'outcomes', {
    enumerable: true,
    get: () => (outcomes ??= seasonOutcomes(context)),
  }) as { outcomes: PlacementOutcome[]; records: DrawRecord[]; schools: SchoolStats[] };
  result.records = records;
  result.schools = schools;
  return result;
}
