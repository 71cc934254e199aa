// The spec's draws for a caller that holds units by position (a season's placement): the decisions are made
// at once, on positions and integers, and the published record's unit lists are built on first read
// (lazy-fields.ts). The record is the very one recordSchoolDraw / recordSharedSeatsDraw make from the same
// input; the units' members are read again then, so they must not change afterwards.
import { byteOrder, canonicalUnit, commitment } from './canonical-list';
import type { SchoolDrawRecord, SharedSeatsDrawInput, SharedSeatsDrawRecord } from './draw-record';
import { toHex } from './hex';
import { Lazy, lazyRecord } from './lazy-fields';
import { rankPositions, type DrawNames } from './rank-positions';
import { LOTTERY_VERSION } from './seed';
import { stringKeys, type UnitKeys } from './unit-keys';

/** The units of a school draw by position. */
export interface PositionalUnits {
  readonly keys: UnitKeys;
  /** Children in unit i (asked only of the units admitted). */
  readonly size: (i: number) => number;
  /** Unit i's application numbers as the input lists them; read only for the record's unit lists. */
  readonly members: (i: number) => readonly string[];
}

/** PositionalUnits of plain lists of application numbers. */
export function positionalUnits(units: readonly (readonly string[])[]): PositionalUnits {
  return {
    keys: stringKeys(units.map((unit) => canonicalUnit(unit).key)),
    size: (i) => units[i]!.length,
    members: (i) => units[i]!,
  };
}

/** A school draw's record and its ranking as positions (order[0] is drawn first). */
export interface SchoolDraw {
  readonly record: SchoolDrawRecord;
  readonly order: Int32Array;
  /** The first `admittedUnits` units of the ranking are admitted, `admittedChildren` children in all. */
  readonly admittedUnits: number;
  readonly admittedChildren: number;
}

export function drawSchool(
  input: DrawNames & { readonly seats: number },
  units: PositionalUnits,
): SchoolDraw {
  const { keys, size, members } = units;
  const n = keys.length;
  const { listHash, seed, order } = rankPositions(input, keys);
  // Whole units while a seat remains (admitWholeUnits): the admitted units are a prefix of the ranking.
  let remaining = input.seats;
  let admittedUnits = 0;
  while (admittedUnits < n && remaining > 0) remaining -= size(order[admittedUnits++]!);
  const inRankOrder = (from: number, to: number) => {
    const list: string[] = [];
    for (let r = from; r < to; r++) {
      const unit = members(order[r]!);
      list.push(...(unit.length === 1 ? unit : unit.slice().sort(byteOrder)));
    }
    return list;
  };
  const record = lazyRecord<SchoolDrawRecord>({
    version: LOTTERY_VERSION,
    drawId: input.drawId,
    seats: input.seats,
    units: new Lazy(() => Array.from({ length: n }, (_, i) => members(i).slice())),
    listHash,
    commitment: commitment(input.secret),
    secret: input.secret,
    publicEntropy: input.publicEntropy,
    seed: toHex(seed),
    ranking: new Lazy(() => Array.from(order, (i) => keys.key(i))),
    admitted: new Lazy(() => inRankOrder(0, admittedUnits)),
    waitlist: new Lazy(() => inRankOrder(admittedUnits, n)),
    overflow: Math.max(0, -remaining),
  });
  return { record, order, admittedUnits, admittedChildren: input.seats - remaining };
}

/** The entrants of a shared-seat round by position. */
export interface PositionalEntrants {
  readonly keys: UnitKeys;
  /** Children in entrant i (asked only of the entrants assigned). */
  readonly size: (i: number) => number;
  /** Entrant i's school ids, most wanted first; read only for the record's preferences, given `wishes`. */
  readonly prefs: (i: number) => readonly string[];
  /**
   * The same wishes as positions in the round's spare schools (`Object.keys(spare)`), for a caller that
   * holds them as indices already: entrant i's are slots[start[i] .. start[i + 1]).
   */
  readonly wishes?: { readonly start: Int32Array; readonly slots: Int32Array };
}

/** A shared-seat round's record, its ranking as entrant positions and each entrant's school. */
export interface SharedSeatsDraw {
  readonly record: SharedSeatsDrawRecord;
  readonly order: Int32Array;
  /** The schools of `input.spare`, in its key order. */
  readonly schoolIds: readonly string[];
  /** Per entrant position: index into schoolIds of the school assigned, -1 for none. */
  readonly assigned: Int32Array;
}

/**
 * The round's record is the one recordSharedSeatsDraw makes from the preferences object with the entrants'
 * keys in their order (an object lists integer-like keys first, and so does the record's `units`, as there).
 */
export function drawSharedSeats(
  input: Omit<SharedSeatsDrawInput, 'preferences'>,
  entrants: PositionalEntrants,
): SharedSeatsDraw {
  const { keys, size, prefs } = entrants;
  const n = keys.length;
  const { listHash, seed, order } = rankPositions(input, keys);
  const spare = Object.entries(input.spare);
  const schoolIds = spare.map(([id]) => id);
  const left = spare.map(([, seats]) => seats);
  const { start, slots } = entrants.wishes ?? wishSlots(schoolIds, keys.length, prefs);
  const assigned = assignPositions(order, { start, slots }, left, size);
  const record: SharedSeatsDrawRecord = lazyRecord<SharedSeatsDrawRecord>({
    version: LOTTERY_VERSION,
    drawId: input.drawId,
    spare: Object.fromEntries(spare),
    preferences: new Lazy(() =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [keys.key(i), prefs(i).slice()])),
    ),
    // The units are the preference keys, in the object's order.
    units: new Lazy(() =>
      Object.keys(record.preferences).map((key) => canonicalUnit(key.split('+')).members.slice()),
    ),
    listHash,
    commitment: commitment(input.secret),
    secret: input.secret,
    publicEntropy: input.publicEntropy,
    seed: toHex(seed),
    ranking: new Lazy(() => Array.from(order, (i) => keys.key(i))),
    assignments: new Lazy(() =>
      Object.fromEntries(Array.from(order, (i) => [keys.key(i), schoolIds[assigned[i]!] ?? null])),
    ),
    spareAfter: Object.fromEntries(schoolIds.map((id, s) => [id, left[s]!])),
  });
  return { record, order, schoolIds, assigned };
}

/**
 * assignSharedSeats on positions: in ranking order, the first school wanted that has a seat left (`left`,
 * per slot, decreased as it goes) takes the whole unit. Entrant positions for which `skip` is true take
 * nothing and pass their turn. Per entrant position: the slot assigned, -1 for none.
 */
export function assignPositions(
  order: Int32Array,
  { start, slots }: { readonly start: Int32Array; readonly slots: Int32Array },
  left: number[],
  size: (i: number) => number,
  skip?: (i: number) => boolean,
): Int32Array {
  const assigned = new Int32Array(order.length).fill(-1);
  for (let r = 0; r < order.length; r++) {
    const i = order[r]!;
    if (skip?.(i)) continue;
    for (let w = start[i]!; w < start[i + 1]!; w++) {
      const s = slots[w]!;
      if (s >= 0 && left[s]! > 0) {
        assigned[i] = s;
        left[s]! -= size(i);
        break;
      }
    }
  }
  return assigned;
}

/** Wishes as slots in the spare schools; a Map, not object lookups, as ids such as `constructor` are valid. */
function wishSlots(
  schoolIds: readonly string[],
  n: number,
  prefs: (i: number) => readonly string[],
): { start: Int32Array; slots: Int32Array } {
  const slotOf = new Map(schoolIds.map((id, s) => [id, s]));
  const start = new Int32Array(n + 1);
  const slots: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const id of prefs(i)) slots.push(slotOf.get(id) ?? -1);
    start[i + 1] = slots.length;
  }
  return { start, slots: Int32Array.from(slots) };
}
