import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, Polygon } from 'geojson';
import { normalizeAddress, normalizeEstate, normalizeName } from '../domain/zone/normalize-address';
import { buildPolygonIndex } from '../domain/zone/polygon-index';
import { buildZoneMatcher } from '../domain/zone/zone-matcher';
import type { Address } from '../types/models/address';
import type { Zone } from '../types/models/zone';
import { figure, type BenchSuite } from './figure';
import { median, medianMicrosPerItem, medianMs, nowMs } from './measure';
import { mulberry32 } from './prng';
import { randomPoints, syntheticPolygonZones } from './synthetic-polygons';
import { syntheticAddresses, syntheticRuleZones } from './synthetic-rules';

const ZONES = 5_000;
const VERTICES = 200;
const POINTS = 4_000;
const BASELINE_POINTS = 200; // the linear scan costs milliseconds a point
const RULE_NAMES = 25_000; // 25,000 estates + 25,000 streets
const LOOKUPS = 100_000;
const BASELINE_LOOKUPS = 1_000;

const zoneBench: BenchSuite = async (log) => {
  const rand = mulberry32(20260829);
  const zones = syntheticPolygonZones(ZONES, VERTICES, rand);
  const points = randomPoints(POINTS, rand);

  const buildMs = medianMs(7, () => buildPolygonIndex(zones));
  const index = buildPolygonIndex(zones);
  index.query(points[0] as { lng: number; lat: number }); // warm-up
  const indexed = medianMicrosPerItem(points, 100, (p) => index.query(p).length);

  const features: Feature<Polygon>[] = zones.map((z) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [z.polygon ?? []] },
  }));
  const scan = (p: { lng: number; lat: number }, fs: Feature<Polygon>[]) =>
    fs.reduce((n, f) => n + (booleanPointInPolygon([p.lng, p.lat], f) ? 1 : 0), 0);
  const sample = points.slice(0, BASELINE_POINTS);
  const turf = medianMicrosPerItem(sample, 1, (p) => scan(p, features));
  const agree = sample.every((p) => scan(p, features) === index.query(p).length);
  if (!agree) log('warning: the polygon index and the turf scan disagree on some sample points');
  // Not the baseline, but the honest comparison too: turf skipping zones by a precomputed bbox.
  const boxed = features.map((f) => ({ ...f, bbox: bboxOf(f.geometry.coordinates[0] ?? []) }));
  const turfBoxed = medianMicrosPerItem(sample, 1, (p) => scan(p, boxed));
  log(
    `zone.lookup: turf with bbox prefilter ${turfBoxed.us.toFixed(1)} µs/point (×${(turfBoxed.us / indexed.us).toFixed(0)} of the index)`,
  );

  const ruleRand = mulberry32(8311);
  // Through JSON, as rules come from the store and addresses from a request (flat strings, not ropes).
  const ruleZones = viaJson(syntheticRuleZones(RULE_NAMES, 2_000, ruleRand));
  const addresses = viaJson(syntheticAddresses(LOOKUPS, RULE_NAMES, ruleRand));
  const matcher = buildZoneMatcher(ruleZones);
  const statuses = { matched: 0, ambiguous: 0, none: 0 };
  for (const address of addresses) statuses[matcher.match({ stage: 'primary', address }).status]++;
  log(`address.lookup: ${JSON.stringify(statuses)} over ${LOOKUPS} synthetic addresses`);
  const perSecond = (n: number, ms: number) => (n * 1000) / ms;
  const rounds = [1, 2, 3, 4, 5].map(() => {
    const t0 = nowMs();
    for (const address of addresses) matcher.match({ stage: 'primary', address });
    return perSecond(LOOKUPS, nowMs() - t0);
  });
  const naive = naiveRuleScan(ruleZones);
  const few = addresses.slice(0, BASELINE_LOOKUPS);
  const naiveRounds = [1, 2, 3].map(() => {
    const t0 = nowMs();
    for (const address of few) naive(address);
    return perSecond(BASELINE_LOOKUPS, nowMs() - t0);
  });

  return [
    figure('zone.lookup', indexed.us, 'µs', { baseline: turf.us, better: 'lower', goal: 'ratio ≥ 100' }),
    figure('zone.index_build', buildMs, 'ms', { better: 'lower', goal: '≤ 200 ms' }),
    figure('address.lookup', median(rounds), 'lookups/s', {
      baseline: median(naiveRounds),
      better: 'higher',
      goal: '≥ 200,000/s',
    }),
  ];
};
export default zoneBench;

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function bboxOf(ring: number[][]): [number, number, number, number] {
  const xs = ring.map((p) => p[0] as number);
  const ys = ring.map((p) => p[1] as number);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The baseline: rule keys precomputed, then every rule compared for every address. */
function naiveRuleScan(zones: Zone[]) {
  const rules = zones.flatMap((zone) =>
    zone.rules.map((rule) => ({
      zone,
      rule,
      district: normalizeName(rule.district),
      names:
        rule.kind === 'street'
          ? [normalizeName(rule.street)]
          : [rule.estate, ...rule.aliases].map(normalizeEstate),
    })),
  );
  return (address: Address) => {
    const a = normalizeAddress(address);
    const found = new Set<string>();
    for (const { zone, rule, district, names } of rules) {
      if (district !== a.district) continue;
      if (rule.kind === 'estate') {
        if (a.estate && names.includes(a.estate)) found.add(zone.schoolId);
      } else if (
        a.street === names[0] &&
        a.houseNo !== undefined &&
        a.houseNo >= rule.from &&
        a.houseNo <= rule.to
      ) {
        if (rule.parity === 'all' || (rule.parity === 'odd') === (a.houseNo % 2 === 1))
          found.add(zone.schoolId);
      }
    }
    return found.size;
  };
}
