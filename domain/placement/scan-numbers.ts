// The second pass of the scan (scan-in-order.ts): every number and every opt-in checked, and what the
// draws need copied while the unit is at hand.
import { byteOrder } from '../lottery/canonical-list';
import type { ByteLists } from './byte-lists';
import { digitValue, MAX_DIGITS_READ, MAX_NUMBER_BYTES, NUMBER_CHARS } from './number-chars';
import type { PlacementInput } from './placement-types';
import { addKey, addRequest, addWish, type RequestColumns } from './request-columns';
import type { SeasonFrame } from './season-frame';

/** A cell's plan, as the pass reads it: k >= 0 copies keys to draw list k; these two mark the others. */
export const PLAN_WHOLE = -1;
export const PLAN_WAITING = -2;

/**
 * Every number well formed and above the one before it. A unit in a drawn cell joins its draw's units and
 * has its key copied to the draw's list: its members joined with `+` (they increase, so that is the key),
 * keys joined with `\n`. An opt-in names schools of the unit's own large district, each once; the key of an
 * opted-in unit that may wait (its tier draws or is full) is copied for the shared round. No number is one
 * a shared-only unit claims (`claimed`, sorted): they are merged in on the way, as both go up. False at the
 * first thing wrong.
 */
export function checkNumbers(
  input: PlacementInput,
  frame: SeasonFrame,
  cells: Int32Array,
  cellPlan: Int32Array,
  lists: ByteLists,
  { cellUnits, cellSizes, fill }: { cellUnits: Int32Array; cellSizes: Int32Array; fill: Int32Array },
  optIns: RequestColumns,
  claimed: readonly string[],
): boolean {
  const units = input.units;
  const tiers = input.tiers.length;
  const { schoolIndex, schoolDistricts } = frame;
  // Locals, not imported bindings, in the loop: a transpiled import is a property read each time.
  const allowed = NUMBER_CHARS;
  const maxBytes = MAX_NUMBER_BYTES;
  const maxDigits = MAX_DIGITS_READ;
  const [request, wish, key] = [addRequest, addWish, addKey];
  const started = new Uint8Array(lists.at.length);
  // The last number, and its integer when it is a short digit string (-1 otherwise).
  let previous = '';
  let previousValue = -1;
  let next = 0;
  let nextClaimed = claimed.length > 0 ? claimed[0]! : null;
  let claimedValue = nextClaimed === null ? -1 : digitValue(nextClaimed);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const members = unit.applicationNumbers;
    const plan = cellPlan[cells[u]!]!;
    // A drawn unit's code units are copied to its draw's list as they are checked.
    const list = plan >= 0 ? lists.reserve(plan, members.length * (maxBytes + 1)) : null;
    let at = plan >= 0 ? lists.at[plan]! : 0;
    if (list !== null) {
      if (started[plan] === 1) list[at++] = 0x0a;
      started[plan] = 1;
      cellSizes[fill[plan]!] = members.length;
      cellUnits[fill[plan]!++] = u;
    }
    for (let i = 0; i < members.length; i++) {
      const number = members[i]!;
      if (typeof number !== 'string') return false;
      const length = number.length;
      if (length === 0 || length > maxBytes) return false;
      // Each code unit one APPLICATION_NUMBER_PATTERN allows; the digits read as an integer on the way. A
      // negative value marks a number that is not a short digit string (digits keep a negative one negative).
      let value = length <= maxDigits ? 0 : -1;
      if (list !== null && i > 0) list[at++] = 0x2b;
      for (let k = 0; k < length; k++) {
        const c = number.charCodeAt(k);
        const digit = c - 0x30;
        if (digit >= 0 && digit <= 9) value = value * 10 + digit;
        else if (c >= 0x80 || allowed[c] === 0) return false;
        else value = -1;
        if (list !== null) list[at++] = c;
      }
      if (value < 0) value = -1;
      // Above the previous number: two short digit strings of one length by their integers, as their
      // characters would compare; anything else by the builtin comparison.
      if (value >= 0 && previousValue >= 0 && length === previous.length) {
        if (!(previousValue < value)) return false;
      } else if (!(previous < number)) return false;
      previous = number;
      previousValue = value;
      if (nextClaimed !== null) {
        const passed =
          value >= 0 && claimedValue >= 0 && length === nextClaimed.length
            ? value >= claimedValue
            : !(number < nextClaimed);
        if (passed) {
          while (nextClaimed !== null && nextClaimed < number) nextClaimed = claimed[++next] ?? null;
          if (nextClaimed === number) return false;
          claimedValue = nextClaimed === null ? -1 : digitValue(nextClaimed);
        }
      }
    }
    if (list !== null) lists.at[plan] = at;
    const ids = unit.sharedSchoolIds;
    if (ids === undefined) continue;
    if (!Array.isArray(ids) || ids.length === 0) return false;
    const district = schoolDistricts[(cells[u]! / tiers) | 0]!;
    const r = request(optIns, u, district);
    const first = optIns.wished;
    for (let i = 0; i < ids.length; i++) {
      const s = schoolIndex.get(ids[i]!);
      if (s === undefined || schoolDistricts[s] !== district) return false;
      for (let w = first; w < optIns.wished; w++) if (optIns.wishes[w] === s) return false;
      wish(optIns, s);
    }
    if (plan !== PLAN_WHOLE) key(optIns, r, members);
  }
  return true;
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
