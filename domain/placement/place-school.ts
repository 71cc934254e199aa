// One school's own round: tiers that fit are admitted whole, the first that does not goes to the spec's draw
// for the seats left, and everyone after it waits. The draw decides ranks and admissions on positions; its
// published record is built from the same draw, so what parents see is exactly what an observer can verify.
import { drawSchool } from '../lottery/draw-positions';
import { cellKeys } from './draw-keys';
import { ADMITTED, WAITLISTED, type RoundContext } from './round-context';

/** Places school `s`'s own applicants; returns the children admitted, bound siblings over the last seat too. */
export function placeSchool(context: RoundContext, s: number): number {
  const { input, index, placed, seatsBefore } = context;
  const school = input.schools[s]!;
  const tiers = input.tiers.length;
  let remaining = school.seats;
  for (let t = 0; t < tiers; t++) {
    const cell = s * tiers + t;
    seatsBefore[cell] = remaining;
    const fate = index.fates[cell];
    if (fate === 'draw') {
      remaining -= drawTier(context, cell, remaining);
      continue;
    }
    const status = fate === 'whole' ? ADMITTED : WAITLISTED;
    for (let k = index.cellStart[cell]!; k < index.cellStart[cell + 1]!; k++) {
      const u = index.cellUnits[k]!;
      placed.status[u] = status;
      placed.school[u] = s;
    }
    if (fate === 'whole') remaining -= index.children[cell]!;
  }
  return school.seats - remaining;
}

/** The draw of one tier for `seats`; returns the children it admitted. */
function drawTier(context: RoundContext, cell: number, seats: number): number {
  const { input, index, placed, records } = context;
  const s = Math.floor(cell / input.tiers.length);
  const bucket = index.cellUnits.subarray(index.cellStart[cell]!, index.cellStart[cell + 1]!);
  const { drawId, secret, publicEntropy } = context.params.school.get(cell)!;
  const n = bucket.length;
  const draw = drawSchool(
    { drawId, seats, secret, publicEntropy },
    {
      keys: cellKeys(input, index, cell, bucket),
      size: (i) => index.units.sizes[bucket[i]!]!,
      members: (i) => input.units[bucket[i]!]!.applicationNumbers,
    },
  );
  const record = records.push(draw.record) - 1;
  for (let r = 0; r < n; r++) {
    const u = bucket[draw.order[r]!]!;
    placed.status[u] = r < draw.admittedUnits ? ADMITTED : WAITLISTED;
    placed.school[u] = s;
    placed.rank[u] = r + 1;
    placed.draw[u] = record;
  }
  return draw.admittedChildren;
}
