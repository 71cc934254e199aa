// One school's own round: tiers that fit are admitted whole, the first that does not goes to the spec's draw
// for the seats left, and everyone after it waits. The draw's published record is the only source of ranks
// and admissions, so what parents see is exactly what an observer can verify.
import { drawSchool } from '../lottery/draw-record';
import type { SchoolDrawRecord } from '../lottery';
import { reasons } from './placement-reasons';
import type { DrawReason, RoundContext } from './round-context';

export interface SchoolRound {
  /** Children admitted, bound siblings over the last seat included. */
  readonly admitted: number;
  readonly record?: SchoolDrawRecord;
}

export function placeSchool(context: RoundContext, s: number): SchoolRound {
  const { input, index, placements } = context;
  const school = input.schools[s]!;
  const tiers = input.tiers.length;
  let remaining = school.seats;
  let record: SchoolDrawRecord | undefined;
  for (let t = 0; t < tiers; t++) {
    const cell = s * tiers + t;
    const bucket = index.buckets[cell]!;
    const tier = input.tiers[t]!;
    const name = input.tierNames?.[tier] ?? tier;
    const fate = index.fates[cell];
    if (fate === 'draw') {
      record = drawTier(context, cell, name, remaining);
      remaining -= record.admitted.length;
      continue;
    }
    const admitted = fate === 'whole';
    // One placement object per tier, shared by all its children: nothing in it is personal (and it is frozen
    // by type: a later round replaces a unit's placement, never edits it).
    const reason = admitted ? reasons.wholeTier(name, index.children[cell]!, remaining) : reasons.full(name);
    const placement = { status: admitted ? 'admitted' : 'waitlisted', schoolId: school.id, reason } as const;
    for (const u of bucket) placements[u] = placement;
    if (admitted) remaining -= index.children[cell]!;
  }
  return { admitted: school.seats - remaining, ...(record ? { record } : {}) };
}

function drawTier(context: RoundContext, cell: number, name: string, seats: number): SchoolDrawRecord {
  const { input, index, placements } = context;
  const schoolId = input.schools[Math.floor(cell / input.tiers.length)]!.id;
  const bucket = index.buckets[cell]!;
  const { drawId, secret, publicEntropy } = context.params.school.get(cell)!;
  const n = bucket.length;
  const units = new Array<readonly string[]>(n);
  const keys = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    units[i] = input.units[bucket[i]!]!.applicationNumbers;
    keys[i] = index.keys[bucket[i]!]!;
  }
  const { record, order } = drawSchool({ drawId, seats, units, secret, publicEntropy }, keys);
  // Admitted units are a prefix of the ranking holding exactly record.admitted.length children.
  const admittedReason: DrawReason = { admitted: true, tier: name, units: n, seats };
  const waitlistedReason: DrawReason = { admitted: false, tier: name, units: n, seats };
  let children = 0;
  for (let i = 0; i < n; i++) {
    const u = bucket[order[i]!]!;
    const rank = i + 1;
    const admitted = children < record.admitted.length;
    children += units[order[i]!]!.length;
    placements[u] = admitted
      ? { status: 'admitted', schoolId, rank, drawId, reason: admittedReason }
      : { status: 'waitlisted', schoolId, rank, drawId, reason: waitlistedReason };
  }
  return record;
}
