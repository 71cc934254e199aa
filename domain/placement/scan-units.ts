// The one pass of the scan (scan-in-order.ts) over a season's units: each unit's cell and size, every number
// and every opt-in checked, and each unit's key copied while its characters are at hand.
import { byteOrder } from '../lottery/canonical-list';
import { arenaWithRoom, takeInts } from './scratch';
import { digitValue, MAX_DIGITS_READ, MAX_NUMBER_BYTES, NUMBER_CHARS } from './number-chars';
import type { PlacementInput } from './placement-types';
import { addRequest, addWish, type RequestColumns } from './request-columns';
import type { SeasonFrame } from './season-frame';

export interface UnitScan {
  /** Each unit's school × tier cell (`school * tiers + tier`) and its number of children. */
  readonly cells: Int32Array;
  readonly sizes: Int32Array;
  /**
   * Every unit's key, end to end in `bytes` (the arena, or a larger copy of it): unit u's is
   * bytes[keyBounds[u] .. keyBounds[u + 1]). Scratch (scratch.ts), as the arena is.
   */
  readonly bytes: Uint8Array;
  readonly keyBounds: Int32Array;
  /** Per cell: its children, its units, and the bytes of their keys. */
  readonly children: Int32Array;
  readonly unitCounts: Int32Array;
  readonly cellKeyBytes: Int32Array;
}

/**
 * Every unit a non-empty list at a known school and tier; every number well formed and above the one before
 * it. A unit's key is its members joined with `+` (they increase, so that is the key), copied to the arena.
 * An opt-in names schools of the unit's own large district, each once: it joins `optIns`, keys aside (the
 * caller copies those that may be needed once it knows which tiers draw). No number is one a shared-only unit
 * claims (`claimed`, sorted): they are merged in on the way, as both go up. Null at the first thing wrong.
 */
export function scanUnits(
  input: PlacementInput,
  frame: SeasonFrame,
  arena: Uint8Array,
  optIns: RequestColumns,
  claimed: readonly string[],
): UnitScan | null {
  const units = input.units;
  const n = units.length;
  const tierList = input.tiers;
  const tiers = tierList.length;
  const { schools, schoolDistricts } = frame;
  // Locals, not imported bindings, in the loop: a transpiled import is a property read each time.
  const allowed = NUMBER_CHARS;
  const maxBytes = MAX_NUMBER_BYTES;
  const maxDigits = MAX_DIGITS_READ;
  const [request, wish] = [addRequest, addWish];
  const cells = new Int32Array(n);
  const sizes = new Int32Array(n);
  const keyBounds = takeInts(n + 1);
  keyBounds[0] = 0;
  const cellCount = input.schools.length * tiers;
  const children = new Int32Array(cellCount);
  const unitCounts = new Int32Array(cellCount);
  const cellKeyBytes = new Int32Array(cellCount);
  let bytes = arena;
  let at = 0;
  // The last number, and its integer when it is a short digit string (-1 otherwise).
  let previous = '';
  let previousValue = -1;
  let previousLength = 0;
  let next = 0;
  let nextClaimed = claimed.length > 0 ? claimed[0]! : null;
  let claimedValue = nextClaimed === null ? -1 : digitValue(nextClaimed);
  let claimedLength = nextClaimed === null ? 0 : nextClaimed.length;
  for (let u = 0; u < n; u++) {
    const unit = units[u]!;
    const members = unit.applicationNumbers;
    if (!Array.isArray(members) || members.length === 0) return null;
    const s = schools.get(unit.schoolId);
    // A season has a handful of tiers: comparing beats hashing.
    let t = 0;
    while (t < tiers && tierList[t] !== unit.tier) t++;
    if (s < 0 || t === tiers) return null;
    const cell = s * tiers + t;
    cells[u] = cell;
    sizes[u] = members.length;
    const room = at + members.length * (maxBytes + 1);
    if (room > bytes.length) bytes = arenaWithRoom(bytes, at, room);
    for (let i = 0; i < members.length; i++) {
      const number = members[i]!;
      if (typeof number !== 'string') return null;
      const length = number.length;
      if (length === 0 || length > maxBytes) return null;
      // Each code unit one APPLICATION_NUMBER_PATTERN allows; the digits read as an integer on the way. A
      // negative value marks a number that is not a short digit string (digits keep a negative one negative).
      let value = length <= maxDigits ? 0 : -1;
      if (i > 0) bytes[at++] = 0x2b;
      for (let k = 0; k < length; k++) {
        const c = number.charCodeAt(k);
        const digit = c - 0x30;
        if (digit >= 0 && digit <= 9) value = value * 10 + digit;
        else if (c >= 0x80 || allowed[c] === 0) return null;
        else value = -1;
        bytes[at++] = c;
      }
      if (value < 0) value = -1;
      // Above the previous number: two short digit strings of one length by their integers, as their
      // characters would compare; anything else by the builtin comparison.
      if (value >= 0 && previousValue >= 0 && length === previousLength) {
        if (!(previousValue < value)) return null;
      } else if (!(previous < number)) return null;
      previous = number;
      previousValue = value;
      previousLength = length;
      if (nextClaimed !== null) {
        const passed =
          value >= 0 && claimedValue >= 0 && length === claimedLength
            ? value >= claimedValue
            : !(number < nextClaimed);
        if (passed) {
          while (nextClaimed !== null && nextClaimed < number) nextClaimed = claimed[++next] ?? null;
          if (nextClaimed === number) return null;
          claimedValue = nextClaimed === null ? -1 : digitValue(nextClaimed);
          claimedLength = nextClaimed === null ? 0 : nextClaimed.length;
        }
      }
    }
    keyBounds[u + 1] = at;
    cellKeyBytes[cell]! += at - keyBounds[u]!;
    children[cell]! += members.length;
    unitCounts[cell]!++;
    const ids = unit.sharedSchoolIds;
    if (ids === undefined) continue;
    if (!Array.isArray(ids) || ids.length === 0) return null;
    const district = schoolDistricts[s]!;
    request(optIns, u, district);
    const first = optIns.wished;
    for (let i = 0; i < ids.length; i++) {
      const wished = schools.get(ids[i]);
      if (wished < 0 || schoolDistricts[wished] !== district) return null;
      for (let w = first; w < optIns.wished; w++) if (optIns.wishes[w] === wished) return null;
      wish(optIns, wished);
    }
  }
  return { cells, sizes, bytes, keyBounds, children, unitCounts, cellKeyBytes };
}

/** Every number the shared-only units list (the strings among them), sorted. */
export function sharedOnlyNumbers(input: PlacementInput): string[] {
  const numbers: string[] = [];
  for (const request of input.sharedOnly ?? []) {
    const members = request.applicationNumbers;
    if (!Array.isArray(members)) continue;
    for (const number of members) if (typeof number === 'string') numbers.push(number);
  }
  return numbers.sort(byteOrder);
}
