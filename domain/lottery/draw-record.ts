// Inputs and published records of the spec's "Published record" section. Field order is the order of the
// reference vectors, so JSON.stringify of a record reproduces them byte for byte.
import { canonicalUnit } from './canonical-list';
import { admitWholeUnits } from './draw-school';
import { assignSharedSeats } from './draw-shared-seats';
import { rankUnits } from './rank-units';
import { LOTTERY_VERSION } from './seed';

export interface SchoolDrawInput {
  readonly drawId: string;
  readonly seats: number;
  /** Each unit: the application numbers of one child, or of bound twins/multiples. */
  readonly units: readonly (readonly string[])[];
  readonly secret: string;
  readonly publicEntropy: string;
}

export interface SharedSeatsDrawInput {
  readonly drawId: string;
  /** School id → spare seats before the round. */
  readonly spare: Readonly<Record<string, number>>;
  /** Unit key → school ids in order of preference. */
  readonly preferences: Readonly<Record<string, readonly string[]>>;
  readonly secret: string;
  readonly publicEntropy: string;
}

export type DrawInput = SchoolDrawInput | SharedSeatsDrawInput;

interface CommonRecord {
  version: typeof LOTTERY_VERSION;
  drawId: string;
}

interface Published {
  units: string[][];
  listHash: string;
  commitment: string;
  secret: string;
  publicEntropy: string;
  seed: string;
  ranking: string[];
}

export type SchoolDrawRecord = CommonRecord & { seats: number } & Published & {
    admitted: string[];
    waitlist: string[];
    overflow: number;
  };

export type SharedSeatsDrawRecord = CommonRecord & {
  spare: Record<string, number>;
  preferences: Record<string, string[]>;
} & Published & {
    assignments: Record<string, string | null>;
    spareAfter: Record<string, number>;
  };

export type DrawRecord = SchoolDrawRecord | SharedSeatsDrawRecord;

export function isSharedSeatsInput(input: DrawInput): input is SharedSeatsDrawInput {
  return 'spare' in input;
}

/** The record of one school's draw. `input` must have passed validateDrawInput. */
export function recordSchoolDraw(input: SchoolDrawInput): SchoolDrawRecord {
  const ranked = rankUnits(input);
  const { admitted, waitlist, overflow } = admitWholeUnits(ranked.ranking, input.seats);
  return {
    version: LOTTERY_VERSION,
    drawId: input.drawId,
    seats: input.seats,
    units: input.units.map((unit) => [...unit]),
    listHash: ranked.listHash,
    commitment: ranked.commitment,
    secret: input.secret,
    publicEntropy: input.publicEntropy,
    seed: ranked.seed,
    ranking: ranked.ranking.map((unit) => unit.key),
    admitted,
    waitlist,
    overflow,
  };
}

/** The record of a shared-seat round. `input` must have passed validateDrawInput. */
export function recordSharedSeatsDraw(input: SharedSeatsDrawInput): SharedSeatsDrawRecord {
  const preferences = Object.fromEntries(
    Object.entries(input.preferences).map(([key, ids]) => [key, [...ids]]),
  );
  // The units are the preference keys; keys are canonical (validated), so splitting gives members in key order.
  const units = Object.keys(preferences).map((key) => canonicalUnit(key.split('+')).members.slice());
  const ranked = rankUnits({ ...input, units });
  const { assignments, spareAfter } = assignSharedSeats(ranked.ranking, preferences, input.spare);
  return {
    version: LOTTERY_VERSION,
    drawId: input.drawId,
    spare: Object.fromEntries(Object.entries(input.spare)),
    preferences,
    units,
    listHash: ranked.listHash,
    commitment: ranked.commitment,
    secret: input.secret,
    publicEntropy: input.publicEntropy,
    seed: ranked.seed,
    ranking: ranked.ranking.map((unit) => unit.key),
    assignments,
    spareAfter,
  };
}

/** The record of either kind of draw. `input` must have passed validateDrawInput. */
export function recordDraw(input: DrawInput): DrawRecord {
  return isSharedSeatsInput(input) ? recordSharedSeatsDraw(input) : recordSchoolDraw(input);
}
