// What every round of a season reads (the validated input, its index, the resolved draw parameters) and the
// one thing it writes: each unit's placement, by slot (applicant units first, then shared-only requests).
import type { PlacementInput, PlacementStatus } from './placement-types';
import { reasons } from './placement-reasons';
import type { ResolvedParams } from './resolve-draw-params';
import type { SeasonIndex } from './season-index';

export interface UnitPlacement {
  readonly status: PlacementStatus;
  readonly schoolId: string | null;
  readonly rank?: number;
  readonly drawId?: string;
  /** The sentence, or for a school draw what it is made of (one per draw and status, shared by its units). */
  readonly reason: string | DrawReason;
}

/** A school draw's reason before the unit's rank is put in: most are only ever read as outcomes. */
export interface DrawReason {
  readonly admitted: boolean;
  readonly tier: string;
  readonly units: number;
  readonly seats: number;
}

/** The sentence a parent reads for this placement. */
export function reasonText(placement: UnitPlacement): string {
  const { reason, rank } = placement;
  if (typeof reason === 'string') return reason;
  return reason.admitted
    ? reasons.drawAdmitted(reason.tier, rank!, reason.units, reason.seats)
    : reasons.drawWaitlisted(reason.tier, rank!, reason.units, reason.seats);
}

export interface RoundContext {
  readonly input: PlacementInput;
  readonly index: SeasonIndex;
  readonly params: ResolvedParams;
  readonly placements: (UnitPlacement | undefined)[];
}
