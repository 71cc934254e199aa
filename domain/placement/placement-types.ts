// The season's placement as the domain sees it: plain data in, plain data out. Draw secrets come from a
// function so the caller decides where they live (the ceremony store), and only draws that actually happen
// ask for one.
import type { DrawRecord } from '../lottery';

export interface SchoolSeats {
  readonly id: string;
  /** Seats for new pupils this season. */
  readonly seats: number;
  readonly largeDistrictId: string;
}

/** One child, or bound twins/multiples: one unit, one school choice, one tier, admitted whole. */
export interface ApplicantUnit {
  readonly applicationNumbers: readonly string[];
  readonly schoolId: string;
  readonly tier: string;
  /**
   * The family's opt-in to shared seats (R2.2): other schools of the large district of `schoolId`, most
   * wanted first. The unit enters its district's shared round only if its own school waitlists it.
   */
  readonly sharedSchoolIds?: readonly string[];
}

/** A unit that applied only for a large district's shared seats: none of its numbers applied to a school. */
export interface SharedSeatsRequest {
  readonly applicationNumbers: readonly string[];
  readonly largeDistrictId: string;
  /** Schools of that large district, most wanted first. */
  readonly schoolIds: readonly string[];
}

export interface DrawParams {
  readonly drawId: string;
  readonly secret: string;
  readonly publicEntropy: string;
}

export interface PlacementInput {
  readonly schools: readonly SchoolSeats[];
  /** Tier ids, first served first (green channel, then the season's categories). */
  readonly tiers: readonly string[];
  /** How a tier is named in reasons; the id otherwise. */
  readonly tierNames?: Readonly<Record<string, string>>;
  readonly units: readonly ApplicantUnit[];
  readonly sharedOnly?: readonly SharedSeatsRequest[];
  /**
   * Application numbers of shared-round entrants that no longer wait for a seat: since the round's list was
   * committed, the family accepted a seat at its own school (a waitlist offer) or withdrew. Their round's
   * record stands as drawn and they keep their rank; the round's seats are assigned again in the same
   * ranking without them, so a seat one of them won goes to the next unit that wants it, and no unit still
   * in the round ends with a school it wanted less. A unit has left when every one of its numbers is here.
   */
  readonly sharedLeft?: readonly string[];
  readonly drawParams: (schoolId: string, tier: string) => DrawParams;
  readonly sharedDrawParams: (largeDistrictId: string) => DrawParams;
  /**
   * SHA-256 of the concatenated pieces, for the school draws' list hashes (a large season hashes megabytes):
   * node:crypto on the server. It must be SHA-256 exactly; without it the spec's own (lottery/sha256.ts).
   */
  readonly sha256?: (pieces: readonly Uint8Array[]) => Uint8Array;
}

export type PlacementStatus = 'admitted' | 'waitlisted' | 'shared_admitted' | 'unplaced';

export interface PlacementOutcome {
  readonly applicationNumber: string;
  /** The school that admitted the child, or whose waitlist it is on; null when unplaced. */
  readonly schoolId: string | null;
  readonly status: PlacementStatus;
  /** null for a unit that applied only for shared seats. */
  readonly tier: string | null;
  /** 1-based rank of the unit in the draw named by drawId. */
  readonly rank?: number;
  readonly drawId?: string;
  /** Why, in a sentence a parent reads. */
  readonly reason: string;
}

export interface SchoolStats {
  readonly schoolId: string;
  readonly seats: number;
  /** Own applicants admitted, bound siblings included. */
  readonly admitted: number;
  /** Seats added because bound siblings were admitted at the last seat. */
  readonly overflow: number;
  /** Seats left after the school's own round, offered to the large district. */
  readonly spare: number;
  readonly sharedAdmitted: number;
  readonly sharedOverflow: number;
}

export interface PlacementResult {
  /** Applicant units in input order, then shared-only units; members in key order. */
  readonly outcomes: PlacementOutcome[];
  /** Published records: school draws in school and tier order, then shared rounds by large district. */
  readonly records: DrawRecord[];
  readonly schools: SchoolStats[];
}

export interface PlacementProblem {
  /** Stable code a caller can branch on. */
  readonly code: string;
  /** Where: `units[3].tier`, `sharedSeats[0].schoolIds[1]`, ... */
  readonly path: string;
  /** Chinese, then English. */
  readonly message: string;
}

export type SeasonPlacement =
  { ok: true; result: PlacementResult } | { ok: false; problems: PlacementProblem[] };
