// Everything about a season's data that can be checked before any draw; draw parameters come later, once the
// plan says which draws will run (resolve-draw-params.ts).
import type { PlacementInput, PlacementProblem } from './placement-types';
import { seasonFrame, type SeasonFrame } from './season-frame';
import { validateSchools, validateTiers } from './validate-schools';
import { validateSharedSeats, type CheckedRequests } from './validate-shared-seats';
import { validateUnits, type CheckedUnits } from './validate-units';

/** Problems of the season's schools, tiers, units and shared-seat requests; [] when all is well. */
export function validatePlacement(input: PlacementInput): PlacementProblem[] {
  return checkSeason(input).problems;
}

/** What the checks found on the way, as indices, for placing a season that has no problem. */
export interface CheckedSeason {
  readonly frame: SeasonFrame;
  readonly units: CheckedUnits;
  readonly requests: CheckedRequests;
}

export function checkSeason(
  input: PlacementInput,
): { problems: PlacementProblem[]; checked?: undefined } | { problems: []; checked: CheckedSeason } {
  const problems = [...validateSchools(input), ...validateTiers(input)];
  // Units refer to schools and tiers: checked against a broken frame they would only repeat its problems.
  if (problems.length > 0) return { problems };
  const frame = seasonFrame(input);
  const units = validateUnits(input, frame);
  const requests = validateSharedSeats(input, frame, units);
  if (units.problems.length > 0 || requests.problems.length > 0)
    return { problems: [...units.problems, ...requests.problems] };
  return { problems: [], checked: { frame, units, requests } };
}
