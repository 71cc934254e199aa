import type { Address } from '../../types/models/address';
import type { ZoneRule } from '../../types';
import { DEMO_ZONES } from '../seed/demo-zones';
import type { Rng } from './prng';

/**
 * Places of the demo city that the zone rules of server/seed/demo-zones.ts know, per primary zone, so
 * that an address the simulator returns matches a school. Estates listed in two primary zones (学府花园)
 * are left out: a household placed there has no single zone, which would blur the synthetic profiles.
 */
type Place = { kind: 'street'; street: string; numbers: number[] } | { kind: 'estate'; estate: string };

const primary = DEMO_ZONES.filter((z) => z.stage === 'primary');
const estateCount = new Map<string, number>();
for (const zone of primary)
  for (const rule of zone.rules)
    if (rule.kind === 'estate') estateCount.set(rule.estate, (estateCount.get(rule.estate) ?? 0) + 1);

const numbersOf = (rule: Extract<ZoneRule, { kind: 'street' }>): number[] => {
  const out: number[] = [];
  for (let n = rule.from; n <= rule.to; n++)
    if (rule.parity === 'all' || (rule.parity === 'odd') === (n % 2 === 1)) out.push(n);
  return out;
};

const placesOf = (rules: ZoneRule[]): Place[] =>
  rules.flatMap((rule): Place[] => {
    if (rule.kind === 'street') return [{ kind: 'street', street: rule.street, numbers: numbersOf(rule) }];
    if (rule.kind === 'estate' && estateCount.get(rule.estate) === 1)
      return [{ kind: 'estate', estate: rule.estate }];
    return [];
  });

export const PRIMARY_ZONE_IDS = primary.map((z) => z.id);
const PLACES = new Map(primary.map((z) => [z.id, placesOf(z.rules)]));
const DISTRICT = '云溪区';

/** A random address inside one primary zone: a street and number, or an estate and building. */
export const addressInZone = (zoneId: string, rng: Rng): Address => {
  const place = rng.pick(PLACES.get(zoneId) ?? []);
  if (place.kind === 'street')
    return { district: DISTRICT, street: place.street, houseNumber: `${rng.pick(place.numbers)}号` };
  return { district: DISTRICT, estate: place.estate, building: `${rng.int(1, 24)}栋` };
};

/** Another primary zone than `zoneId`, for households whose records point at two schools. */
export const otherZone = (zoneId: string, rng: Rng): string =>
  rng.pick(PRIMARY_ZONE_IDS.filter((id) => id !== zoneId));

/** Hukou places outside the demo district: migrants' home counties (fictional or generic). */
const ELSEWHERE: Address[] = [
  { district: '梓桐县', street: '桐安镇新街', houseNumber: '12号' },
  { district: '重庆市万州区', street: '沙河街道', houseNumber: '8号' },
  { district: '南充市营山县', street: '城南街道', houseNumber: '45号' },
  { district: '达州市渠县', street: '天星街道', houseNumber: '3号' },
  { district: '甘肃省天水市秦州区', street: '大城街道', houseNumber: '21号' },
  { district: '贵州省遵义市汇川区', street: '上海路街道', houseNumber: '60号' },
];
export const addressElsewhere = (rng: Rng): Address => ({ ...rng.pick(ELSEWHERE) });

/** Region codes of ID numbers issued there (first six digits), matching ELSEWHERE loosely. */
export const LOCAL_REGION = '510703';
export const MIGRANT_REGIONS = ['510726', '500101', '511322', '511725', '620502', '520303'];
