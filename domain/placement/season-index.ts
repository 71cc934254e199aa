// Which tier of a school needs a draw depends only on head counts, never on chance: the plan is computed
// once, before any draw, so validation can demand the secrets of exactly the draws that will run.
import { canonicalUnit } from '../lottery/canonical-list';
import type { PlacementInput } from './placement-types';

/** How a tier fares at one school. `draw`: the first tier that does not fit; after it everyone waits. */
export type TierFate = 'whole' | 'draw' | 'full';

export interface SeasonIndex {
  readonly schoolIndex: ReadonlyMap<string, number>;
  readonly tierIndex: ReadonlyMap<string, number>;
  /** Canonical key of every applicant unit, by input index. */
  readonly keys: readonly string[];
  /** Applicant unit indices by school × tier (`school * tiers + tier`), in input order. */
  readonly buckets: readonly number[][];
  /** Children (not units) by school × tier. */
  readonly children: readonly number[];
  readonly fates: readonly TierFate[];
  /** The applicant unit each shared-seat request stands for, or -1 for a unit that applied only there. */
  readonly requestUnits: readonly number[];
}

/** `unitCells`: each unit's school × tier cell, as validation found it (validateUnits). */
export function indexSeason(
  input: PlacementInput,
  requestUnits: readonly number[],
  unitCells: Int32Array,
): SeasonIndex {
  const schoolIndex = new Map(input.schools.map((school, i) => [school.id, i]));
  const tierIndex = new Map(input.tiers.map((tier, i) => [tier, i]));
  const tiers = input.tiers.length;
  const cells = input.schools.length * tiers;
  const buckets: number[][] = Array.from({ length: cells }, () => []);
  const children: number[] = new Array<number>(cells).fill(0);
  const units = input.units;
  const keys: string[] = new Array<string>(units.length);
  for (let u = 0; u < units.length; u++) {
    const numbers = units[u]!.applicationNumbers;
    const cell = unitCells[u]!;
    buckets[cell]!.push(u);
    children[cell]! += numbers.length;
    keys[u] = unitKey(numbers);
  }
  const fates = input.schools.flatMap((school, s) =>
    planSchool(school.seats, children.slice(s * tiers, (s + 1) * tiers)),
  );
  return { schoolIndex, tierIndex, keys, buckets, children, fates, requestUnits };
}

/** The spec's unit key, without building a CanonicalUnit for the common single child. */
export function unitKey(numbers: readonly string[]): string {
  return numbers.length === 1 ? numbers[0]! : canonicalUnit(numbers).key;
}

/**
 * Tiers that fit are admitted whole; the first that does not is drawn for the seats left. With no seat left
 * at all nothing is drawn: a lottery for zero seats would decide nothing.
 */
function planSchool(seats: number, children: readonly number[]): TierFate[] {
  let remaining = seats;
  let open = true;
  return children.map((count) => {
    if (!open) return 'full';
    if (count <= remaining) {
      remaining -= count;
      return 'whole';
    }
    open = false;
    return remaining > 0 ? 'draw' : 'full';
  });
}
