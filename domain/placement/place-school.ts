// One school's own round: tiers that fit are admitted whole, the first that does not goes to the spec's draw
// for the seats left, and everyone after it waits. The draw decides ranks and admissions on positions; its
// published record is built from the same draw, so what parents see is exactly what an observer can verify.
// Whole and full tiers write nothing per unit: their fate says it (ownStatus).
import { drawSchool } from '../lottery/draw-positions';
import { cellKeys } from './draw-keys';
import type { RoundContext } from './round-context';

/** Places school `s`'s own applicants; returns the children admitted, bound siblings over the last seat too. */
export function placeSchool(context: RoundContext, s: number): number {
  const { input, index, schools } = context;
  const school = input.schools[s]!;
  const tiers = input.tiers.length;
  let remaining = school.seats;
  for (let t = 0; t < tiers; t++) {
    const cell = s * tiers + t;
    schools.seatsBefore[cell] = remaining;
    const fate = index.fates[cell];
    if (fate === 'draw') remaining -= drawTier(context, cell, remaining);
    else if (fate === 'whole') remaining -= index.children[cell]!;
  }
  return school.seats - remaining;
}

/** The draw of one tier for `seats`; returns the children it admitted. */
function drawTier(context: RoundContext, cell: number, seats: number): number {
  const { input, index, schools, records } = context;
  const [first, end] = [index.cellStart[cell]!, index.cellStart[cell + 1]!];
  const bucket = index.cellUnits.subarray(first, end);
  const sizes = index.cellSizes.subarray(first, end);
  const { drawId, secret, publicEntropy } = context.params.school.get(cell)!;
  const draw = drawSchool(
    { drawId, seats, secret, publicEntropy },
    {
      keys: cellKeys(input, index, bucket, context.cellHashes[cell]),
      size: (i) => sizes[i]!,
      members: (i) => input.units[bucket[i]!]!.applicationNumbers,
    },
  );
  schools.cellRecord[cell] = records.push(draw.record) - 1;
  schools.cellAdmitted[cell] = draw.admittedUnits;
  for (let r = 0; r < bucket.length; r++) schools.rank[bucket[draw.order[r]!]!] = r + 1;
  return draw.admittedChildren;
}
