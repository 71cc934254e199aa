import type { Zone } from '../../types/models/zone';
import { normalizeEstate, normalizeName } from './normalize-address';

export interface KnownNames {
  streets(district: string): string[];
  estates(district: string): string[];
}

type NamesByDistrict = Map<string, Map<string, string>>;

/**
 * What the address pickers offer per district: the display names the zone rules use (not the keys),
 * one per lookup key ("锦绣花园小区" and "锦绣花园" are one estate), in pinyin order as a Chinese reader expects (localeCompare 'zh', via one Collator).
 */
export function buildKnownNames(zones: Zone[]): KnownNames {
  const streets: NamesByDistrict = new Map();
  const estates: NamesByDistrict = new Map();
  const add = (to: NamesByDistrict, district: string, key: string, name: string) => {
    const names = to.get(normalizeName(district)) ?? new Map<string, string>();
    if (!names.has(key)) names.set(key, name.trim());
    to.set(normalizeName(district), names);
  };
  for (const zone of zones) {
    for (const rule of zone.rules) {
      if (rule.kind === 'street') add(streets, rule.district, normalizeName(rule.street), rule.street);
      else add(estates, rule.district, normalizeEstate(rule.estate), rule.estate);
    }
  }
  const collator = new Intl.Collator('zh');
  const sortedLists = (from: NamesByDistrict) =>
    new Map([...from].map(([district, names]) => [district, [...names.values()].sort(collator.compare)]));
  const sortedStreets = sortedLists(streets);
  const sortedEstates = sortedLists(estates);
  return {
    // Copies, so a caller sorting or filtering its list cannot change the next caller's.
    streets: (district) => [...(sortedStreets.get(normalizeName(district)) ?? [])],
    estates: (district) => [...(sortedEstates.get(normalizeName(district)) ?? [])],
  };
}
