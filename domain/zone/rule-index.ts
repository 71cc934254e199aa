import type { Zone, ZoneRule } from '../../types/models/zone';
import { normalizeEstate, normalizeName } from './normalize-address';
import { findInRanges, packStreetRanges, type StreetRanges } from './street-ranges';

export type StreetRule = Extract<ZoneRule, { kind: 'street' }>;
export type EstateRule = Extract<ZoneRule, { kind: 'estate' }>;
export interface StreetHit {
  zone: Zone;
  rule: StreetRule;
}
/** `alias` is set when the parent typed an alias rather than the estate's own name. */
export interface EstateHit {
  zone: Zone;
  rule: EstateRule;
  alias?: string;
}

export interface RuleIndex {
  streetHits(district: string, street: string, houseNo: number): StreetHit[];
  /** Shared with the index: read, do not modify. */
  estateHits(district: string, estate: string): readonly EstateHit[];
  hasStreet(district: string, street: string): boolean;
  hasDistrict(district: string): boolean;
}

/**
 * Keys are normalised names (see normalizeAddress), nested district → name: two lookups of strings the
 * caller already has are cheaper than hashing a freshly concatenated key on every call.
 */
type ByDistrict<T> = Map<string, Map<string, T>>;
const get2 = <T>(map: ByDistrict<T>, district: string, name: string) => map.get(district)?.get(name);
function upsert<T>(map: ByDistrict<T>, district: string, name: string, create: () => T): T {
  let names = map.get(district);
  if (!names) map.set(district, (names = new Map()));
  let value = names.get(name);
  if (value === undefined) names.set(name, (value = create()));
  return value;
}

export function buildRuleIndex(zones: Zone[]): RuleIndex {
  const declared: ByDistrict<StreetHit[]> = new Map();
  const estates: ByDistrict<EstateHit[]> = new Map();
  for (const zone of zones) {
    for (const rule of zone.rules) {
      const district = normalizeName(rule.district);
      if (rule.kind === 'street') {
        upsert(declared, district, normalizeName(rule.street), () => []).push({ zone, rule });
      } else {
        const names = new Map([[normalizeEstate(rule.estate), undefined as string | undefined]]);
        for (const alias of rule.aliases) {
          if (!names.has(normalizeEstate(alias))) names.set(normalizeEstate(alias), alias);
        }
        for (const [name, alias] of names) {
          const list = upsert(estates, district, name, () => []);
          list.push(alias === undefined ? { zone, rule } : { zone, rule, alias });
        }
      }
    }
  }
  const streets: ByDistrict<StreetRanges> = new Map(
    [...declared].map(([district, names]) => [
      district,
      new Map([...names].map(([name, hits]) => [name, packStreetRanges(hits)])),
    ]),
  );

  return {
    streetHits(district, street, houseNo) {
      const ranges = get2(streets, district, street);
      return ranges ? findInRanges(ranges, houseNo) : [];
    },
    estateHits: (district, estate) => get2(estates, district, estate) ?? [],
    hasStreet: (district, street) => get2(streets, district, street) !== undefined,
    hasDistrict: (district) => streets.has(district) || estates.has(district),
  };
}
