// Public API of a season's placement (issue 4, part 3): pure, on top of the sunshine lottery.
export { attachSharedRequests } from './attach-requests';
export { placeSeason } from './place-season';
export { validatePlacement } from './validate-placement';
export { planSchool, type TierFate } from './season-index';
export type {
  ApplicantUnit,
  DrawParams,
  PlacementInput,
  PlacementOutcome,
  PlacementProblem,
  PlacementResult,
  PlacementStatus,
  SchoolSeats,
  SchoolStats,
  SeasonPlacement,
  SharedSeatsRequest,
} from './placement-types';
