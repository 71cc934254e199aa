// A whole season: validate, plan, each school's own round, then each large district's shared round. Pure and
// deterministic: the same input (and the same draw parameters) gives the same result, record for record.
import type { DrawRecord } from '../lottery';
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
import { roundContext, type RoundContext } from './round-context';
import { indexSeason } from './season-index';
import { seasonOutcomes } from './season-outcomes';
import { checkSeason } from './validate-placement';

export function placeSeason(input: PlacementInput): SeasonPlacement {
  const { problems, checked } = checkSeason(input);
  if (!checked) return { ok: false, problems };
  const index = indexSeason(input, checked);
  const params = resolveDrawParams(input, index);
  if (params.problems.length > 0) return { ok: false, problems: params.problems };

  const context = roundContext(input, index, params);
  const admitted = input.schools.map((_, s) => placeSchool(context, s));
  // Overflow seats were added for bound siblings; they are not taken from anyone, so spare never goes negative.
  const spare = input.schools.map((school, s) => Math.max(0, school.seats - admitted[s]!));
  const shared = placeSharedRounds(context, spare);
  const schools: SchoolStats[] = input.schools.map((school, s) => ({
    schoolId: school.id,
    seats: school.seats,
    admitted: admitted[s]!,
    overflow: Math.max(0, admitted[s]! - school.seats),
    spare: spare[s]!,
    sharedAdmitted: shared[s]!,
    sharedOverflow: Math.max(0, shared[s]! - spare[s]!),
  }));
  return { ok: true, result: placementResult(context, schools) };
}

/**
 * Every decision is made by now, held in integer columns; one outcome object per child (300,000 of them) is
 * only their presentation. They are built on first read of `outcomes` and kept: a caller that stores records
 * and statistics, or reads a few units, does not pay for them. `outcomes` is an enumerable own property, so
 * JSON.stringify, spreading and deep equality see the same plain data as before.
 */
function placementResult(context: RoundContext, schools: SchoolStats[]): PlacementResult {
  let outcomes: PlacementOutcome[] | undefined;
  // outcomes first, then records and schools: the key order of the plain result, so its JSON is unchanged.
  const result = Object.defineProperty({}, 'outcomes', {
    enumerable: true,
    get: () => (outcomes ??= seasonOutcomes(context)),
  }) as { outcomes: PlacementOutcome[]; records: DrawRecord[]; schools: SchoolStats[] };
  result.records = context.records;
  result.schools = schools;
  return result;
}
