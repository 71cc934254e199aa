// Everything about a season's data that can be checked before any draw; draw parameters come later, once the
// plan says which draws will run (resolve-draw-params.ts).
import type { PlacementInput, PlacementProblem } from './placement-types';
import { validateSchools, validateTiers } from './validate-schools';
import { validateSharedSeats } from './validate-shared-seats';
import { validateUnits } from './validate-units';

/** Problems of the season's schools, tiers, units and shared-seat requests; [] when all is well. */
export function validatePlacement(input: PlacementInput): PlacementProblem[] {
  return checkSeason(input).problems;
}

/**
 * The problems and, for placement, what the checks found on the way: the applicant unit each shared-seat
 * request stands for (or -1) and each unit's school × tier cell.
 */
export function checkSeason(input: PlacementInput): {
  problems: PlacementProblem[];
  requestUnits: number[];
  cells: Int32Array;
} {
  const frame = [...validateSchools(input), ...validateTiers(input)];
  // Units refer to schools and tiers: checked against a broken frame they would only repeat its problems.
  if (frame.length > 0) return { problems: frame, requestUnits: [], cells: new Int32Array(0) };
  const units = validateUnits(input);
  const shared = validateSharedSeats(input, units.owners);
  return {
    problems: [...units.problems, ...shared.problems],
    requestUnits: shared.requestUnits,
    cells: units.cells,
  };
}
