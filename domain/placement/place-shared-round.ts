// The shared-seat round of each large district (R2.2), after every school's own round: units still waiting
// that opted in, and units that applied only here, are drawn by the spec over the district's spare seats.
// A unit the round does not place keeps what it had (an applicant its waitlist place and rank), and its
// reason gains the round's sentence (season-outcomes.ts); a shared-only unit ends unplaced. A unit that has
// left the round since its list was committed (input.sharedLeft) keeps its rank and takes no seat: the seats
// are assigned again in the same ranking without it, so a seat it won goes to the next unit that wants it.
import { assignPositions, drawSharedSeats } from '../lottery/draw-positions';
import { SHARED_ADMITTED, SHARED_LEFT, UNPLACED, type RoundContext } from './round-context';
import { sharedEntrants, type SharedEntrants } from './shared-entrants';
import { listSha256 } from './list-sha256';
import { toHex } from '../lottery/hex';
import { entrantKeys } from './draw-keys';
import { requestNumbers, requestSchoolIds } from './request-members';
import { release, takeBytes } from './scratch';

/** Runs every district's round; returns the children admitted through shared seats, by school index. */
export function placeSharedRounds(context: RoundContext, spare: readonly number[]): Int32Array {
  const { input, index, records, shared } = context;
  const admitted = new Int32Array(input.schools.length);
  // Locals, not imported bindings, in the per-entrant loops: see lottery/word-stream.ts.
  const [sharedAdmitted, unplaced, sharedLeft] = [SHARED_ADMITTED, UNPLACED, SHARED_LEFT];
  const entrants = sharedEntrants(context);
  const leftNumbers = new Set(input.sharedLeft ?? []);
  // Statuses list applicant units first, then shared-only requests: a slot at or past this is shared-only.
  const firstOnlySlot = input.units.length;
  index.frame.districts.forEach((districtId, d) => {
    const [from, to] = [entrants.start[d]!, entrants.start[d + 1]!];
    const mine = entrants.requests.subarray(from, to);
    const slots = entrants.slots.subarray(from, to);
    const n = mine.length;
    if (n === 0) return;
    shared.roundOf[d] = shared.list.length;
    const schools = index.frame.districtSchools[d]!;
    // A round with entrants draws when a school of its district has a spare seat.
    if (!schools.some((s) => spare[s]! > 0)) {
      shared.list.push({ entrants: n, record: -1, left: 0 });
      for (let i = 0; i < n; i++) {
        shared.rank[mine[i]!] = 0;
        if (slots[i]! >= firstOnlySlot) shared.status[slots[i]!] = unplaced;
      }
      return;
    }
    const { drawId, secret, publicEntropy } = context.params.shared.get(districtId)!;
    const spareOf = Object.fromEntries(schools.map((s) => [input.schools[s]!.id, spare[s]!]));
    const list = entrantList(context, entrants, from, to, Object.keys(spareOf));
    const draw = drawSharedSeats({ drawId, spare: spareOf, secret, publicEntropy }, list);
    const gone = leftNumbers.size === 0 ? null : leavers(context, mine, leftNumbers);
    const left = gone === null ? 0 : gone.reduce((sum, g) => sum + g, 0);
    // The record stands as drawn; with units gone, the same ranking assigns the seats among the others.
    const seats =
      left === 0
        ? draw.assigned
        : assignPositions(
            draw.order,
            list.wishes,
            draw.schoolIds.map((id) => spareOf[id]!),
            list.size,
            (i) => gone![i] === 1,
          );
    shared.list.push({ entrants: n, record: records.push(draw.record) - 1, left });
    const schoolOf = draw.schoolIds.map((id) => index.frame.schoolIndex.get(id)!);
    for (let rank = 1; rank <= n; rank++) {
      const i = draw.order[rank - 1]!;
      const r = mine[i]!;
      shared.rank[r] = rank;
      const assigned = seats[i]!;
      if (gone !== null && gone[i] === 1) {
        shared.status[slots[i]!] = sharedLeft;
      } else if (assigned >= 0) {
        const s = schoolOf[assigned]!;
        admitted[s]! += list.size(i);
        shared.school[r] = s;
        shared.status[slots[i]!] = sharedAdmitted;
      } else if (slots[i]! >= firstOnlySlot) {
        shared.status[slots[i]!] = unplaced;
      }
    }
  });
  return admitted;
}

/**
 * Per entrant position: 1 if the unit has left the round (every one of its numbers is in `left`), else 0.
 * Only asked when some unit left, so a season without any reads no entrant's numbers here.
 */
function leavers(
  { input, index }: RoundContext,
  requests: Int32Array,
  left: ReadonlySet<string>,
): Uint8Array {
  const gone = new Uint8Array(requests.length);
  requests.forEach((r, i) => {
    if (requestNumbers(input, index.requests, r).every((number) => left.has(number))) gone[i] = 1;
  });
  return gone;
}

/**
 * District entrants from..to of `entrants` by position: keys, sizes and wishes as the entrants gathered them
 * (indices; no request object is read again for an applicant unit); the school ids themselves are read only
 * if the record's preferences are.
 */
function entrantList(
  context: RoundContext,
  entrants: SharedEntrants,
  from: number,
  to: number,
  spareIds: readonly string[],
) {
  const { input, index } = context;
  const mine = entrants.requests.subarray(from, to);
  const slotOfSchool = new Int32Array(input.schools.length).fill(-1);
  spareIds.forEach((id, k) => (slotOfSchool[index.frame.schoolIndex.get(id)!] = k));
  const { wishFrom, wishTo, wishes } = entrants;
  const n = to - from;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + wishTo[from + i]! - wishFrom[from + i]!;
  const slots = new Int32Array(start[n]!);
  for (let i = 0, w = 0; i < n; i++) {
    for (let k = wishFrom[from + i]!; k < wishTo[from + i]!; k++) slots[w++] = slotOfSchool[wishes[k]!]!;
  }
  const sizes = entrants.sizes.subarray(from, to);
  return {
    keys: entrantKeys(input, index, mine, entrantListHash(context, entrants, from, to)),
    size: (i: number) => sizes[i]!,
    prefs: (i: number) => requestSchoolIds(input, index.requests, mine[i]!),
    wishes: { start, slots },
  };
}

/**
 * The round's list hash from the keys the entrants gathered, joined in one buffer and hashed at once:
 * entrants come in key order (shared-entrants.ts). Undefined if an entrant's key was not copied (a season
 * whose numbers are not in order): then the draw hashes the keys itself.
 */
function entrantListHash(
  { input }: RoundContext,
  { keyFrom, keyTo, keyBytes }: SharedEntrants,
  from: number,
  to: number,
): string | undefined {
  let length = to - from - 1;
  for (let i = from; i < to; i++) {
    if (keyFrom[i]! < 0) return undefined;
    length += keyTo[i]! - keyFrom[i]!;
  }
  const list = takeBytes(length);
  let at = 0;
  for (let i = from; i < to; i++) {
    if (i > from) list[at++] = 0x0a;
    // Byte by byte: a subarray per entrant would be an object per entrant for the GC.
    for (let b = keyFrom[i]!; b < keyTo[i]!; b++) list[at++] = keyBytes[b]!;
  }
  const hash = toHex(listSha256(input)([list]));
  release(list);
  return hash;
}
