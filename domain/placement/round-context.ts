// What every round of a season reads (the validated input, its index, the resolved draw parameters) and the
// one thing it writes: each unit's placement, by slot (applicant units first, then shared-only requests).
import type { PlacementInput, PlacementStatus } from './placement-types';
import type { ResolvedParams } from './resolve-draw-params';
import type { SeasonIndex } from './season-index';

export interface UnitPlacement {
  readonly status: PlacementStatus;
  readonly schoolId: string | null;
  readonly rank?: number;
  readonly drawId?: string;
  readonly reason: string;
}

export interface RoundContext {
  readonly input: PlacementInput;
  readonly index: SeasonIndex;
  readonly params: ResolvedParams;
  readonly placements: (UnitPlacement | undefined)[];
}
