// The observer's check: recompute the whole draw from the record's own inputs and compare every published
// field, in record order, so the first difference named is the most basic one (a changed secret shows up as
// `commitment`, a changed list as `listHash`, a reordered result as `ranking`).
import { canonicalUnit } from './canonical-list';
import { recordDraw, type DrawInput } from './draw-record';
import { jsonEqual } from './json-equal';
import { LOTTERY_VERSION } from './seed';
import { validateDrawInput } from './validate-draw-input';

export type VerifyResult =
  { valid: true } | { valid: false; field: string; expected: unknown; actual: unknown };

const SCHOOL_INPUT = ['drawId', 'seats', 'units', 'secret', 'publicEntropy'];
const SHARED_INPUT = ['drawId', 'spare', 'preferences', 'secret', 'publicEntropy'];

export function verifyRecord(record: unknown): VerifyResult {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { valid: false, field: 'record', expected: 'a JSON object', actual: record };
  }
  const published = record as Readonly<Record<string, unknown>>;
  if (published.version !== LOTTERY_VERSION) {
    return { valid: false, field: 'version', expected: LOTTERY_VERSION, actual: published.version };
  }
  const shared = 'spare' in published || 'preferences' in published;
  const input = Object.fromEntries(
    (shared ? SHARED_INPUT : SCHOOL_INPUT)
      .filter((key) => key in published)
      .map((key) => [key, published[key]]),
  );
  const problem = validateDrawInput(input)[0];
  if (problem) {
    return {
      valid: false,
      field: problem.field,
      expected: 'input valid per enroll-lottery/v1',
      actual: problem.message,
    };
  }
  const expected = recordDraw(input as unknown as DrawInput) as unknown as Readonly<Record<string, unknown>>;
  for (const [field, value] of Object.entries(expected)) {
    const actual = published[field];
    // `units` may be published in any order; only the set of units (as keys) is fixed.
    const same = field === 'units' ? jsonEqual(unitKeys(value), unitKeys(actual)) : jsonEqual(value, actual);
    if (!same) return { valid: false, field, expected: value, actual };
  }
  return { valid: true };
}

function unitKeys(units: unknown): string[] | null {
  if (!Array.isArray(units)) return null;
  const keys: string[] = [];
  for (const unit of units) {
    if (!Array.isArray(unit) || !unit.every((n) => typeof n === 'string')) return null;
    keys.push(canonicalUnit(unit as string[]).key);
  }
  return keys.sort();
}
