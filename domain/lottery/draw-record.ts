// Inputs and published records of the spec's "Published record" section. Field order is the order of the
// reference vectors, so JSON.stringify of a record reproduces them byte for byte.
import { byteOrder, canonicalUnit, commitment } from './canonical-list';
import { assignSharedSeats } from './draw-shared-seats';
import { toHex } from './hex';
import { rankUnits } from './rank-units';
import { computeSeed, LOTTERY_VERSION } from './seed';
import { sha256 } from './sha256';
import { shuffle } from './shuffle';
import { encodeUtf8 } from './utf8';
import { WordStream } from './word-stream';

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
  return drawSchool(input).record;
}

/** A school draw's record and its ranking as positions in `input.units` (order[0] is drawn first). */
export interface SchoolDraw {
  readonly record: SchoolDrawRecord;
  readonly order: readonly number[];
}

/**
 * recordSchoolDraw for a caller that needs the ranking by unit position, and may already hold each unit's key
 * (`keys[i]` must be the canonical key of `input.units[i]`). The same steps as rankUnits and admitWholeUnits,
 * on positions instead of unit objects: the same list, seed, shuffle calls and so the same record.
 */
export function drawSchool(input: SchoolDrawInput, keys?: readonly string[]): SchoolDraw {
  const n = input.units.length;
  const units: string[][] = new Array<string[]>(n);
  const members: (readonly string[])[] = new Array<readonly string[]>(n);
  const unitKeys: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const unit = input.units[i]!;
    const copy = unit.slice();
    units[i] = copy;
    if (copy.length === 1) {
      members[i] = copy; // never written to: the record's copy doubles as the members in key order
      unitKeys[i] = keys?.[i] ?? copy[0]!;
    } else {
      const canonical = canonicalUnit(copy);
      members[i] = canonical.members;
      unitKeys[i] = keys?.[i] ?? canonical.key;
    }
  }
  const { listHash, seed, order } = rankPositions(input, unitKeys);
  // Whole units while a seat remains (admitWholeUnits, on positions).
  const ranking: string[] = new Array<string>(n);
  const admitted: string[] = [];
  const waitlist: string[] = [];
  let remaining = input.seats;
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    ranking[r] = unitKeys[i]!;
    const m = members[i]!;
    if (remaining > 0) {
      for (let k = 0; k < m.length; k++) admitted.push(m[k]!);
      remaining -= m.length;
    } else {
      for (let k = 0; k < m.length; k++) waitlist.push(m[k]!);
    }
  }
  const record: SchoolDrawRecord = {
    version: LOTTERY_VERSION,
    drawId: input.drawId,
    seats: input.seats,
    units,
    listHash,
    commitment: commitment(input.secret),
    secret: input.secret,
    publicEntropy: input.publicEntropy,
    seed: toHex(seed),
    ranking,
    admitted,
    waitlist,
    overflow: Math.max(0, -remaining),
  };
  return { record, order };
}

/**
 * rankUnits on positions: the canonical list of `keys`, the seed, and the shuffled positions (order[0] drawn
 * first). Units usually come in key order already: one pass checks that before paying for a sort.
 */
function rankPositions(
  input: { readonly drawId: string; readonly secret: string; readonly publicEntropy: string },
  keys: readonly string[],
): { listHash: string; seed: Uint8Array; order: number[] } {
  const n = keys.length;
  const sorted: number[] = new Array<number>(n);
  let inOrder = true;
  for (let i = 0; i < n; i++) {
    sorted[i] = i;
    if (i > 0 && keys[i - 1]! >= keys[i]!) inOrder = false;
  }
  if (!inOrder) sorted.sort((a, b) => byteOrder(keys[a]!, keys[b]!));
  const list: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) list[i] = keys[sorted[i]!]!;
  const listHash = toHex(sha256(encodeUtf8(list.join('\n'))));
  const seed = computeSeed({
    drawId: input.drawId,
    listHash,
    secret: input.secret,
    publicEntropy: input.publicEntropy,
  });
  return { listHash, seed, order: shuffle(sorted, new WordStream(seed)) };
}

/** A shared-seat round's record, its ranking as entrant positions and each position's school (or null). */
export interface SharedSeatsDraw {
  readonly record: SharedSeatsDrawRecord;
  readonly order: readonly number[];
  readonly schools: readonly (string | null)[];
}

/**
 * recordSharedSeatsDraw for entrants given as parallel lists: `keys[i]` canonical and distinct, `prefs[i]`
 * its schools. The record is the one recordSharedSeatsDraw makes from the preferences object with these keys
 * in this order (the same object, units, seed, shuffle and assignments); if the object would list its keys
 * in another order (integer-like keys come first in JS), it is exactly that function's record.
 */
export function drawSharedSeats(
  input: Omit<SharedSeatsDrawInput, 'preferences'>,
  keys: readonly string[],
  prefs: readonly (readonly string[])[],
): SharedSeatsDraw {
  const n = keys.length;
  const pairs = new Array<[string, string[]]>(n);
  for (let i = 0; i < n; i++) pairs[i] = [keys[i]!, prefs[i]!.slice()];
  const preferences = Object.fromEntries(pairs);
  const listed = Object.keys(preferences);
  if (listed.length !== n || listed.some((key, i) => key !== keys[i])) {
    const record = recordSharedSeatsDraw({ ...input, preferences });
    const position = new Map(keys.map((key, i) => [key, i]));
    const order = record.ranking.map((key) => position.get(key)!);
    const schools = new Array<string | null>(n);
    for (const i of order) schools[i] = record.assignments[keys[i]!] ?? null;
    return { record, order, schools };
  }
  const units = new Array<string[]>(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    units[i] = key.includes('+') ? canonicalUnit(key.split('+')).members.slice() : [key];
  }
  const { listHash, seed, order } = rankPositions(input, keys);
  // assignSharedSeats on positions.
  const left = new Map(Object.entries(input.spare));
  const schools = new Array<string | null>(n);
  const assignments = new Array<[string, string | null]>(n);
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    const wishes = pairs[i]![1];
    let school: string | null = null;
    for (let w = 0; w < wishes.length; w++) {
      if ((left.get(wishes[w]!) ?? 0) > 0) {
        school = wishes[w]!;
        break;
      }
    }
    if (school !== null) left.set(school, (left.get(school) ?? 0) - units[i]!.length);
    schools[i] = school;
    assignments[r] = [keys[i]!, school];
  }
  const record: SharedSeatsDrawRecord = {
    version: LOTTERY_VERSION,
    drawId: input.drawId,
    spare: Object.fromEntries(Object.entries(input.spare)),
    preferences,
    units,
    listHash,
    commitment: commitment(input.secret),
    secret: input.secret,
    publicEntropy: input.publicEntropy,
    seed: toHex(seed),
    ranking: order.map((i) => keys[i]!),
    assignments: Object.fromEntries(assignments),
    spareAfter: Object.fromEntries(left),
  };
  return { record, order, schools };
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
