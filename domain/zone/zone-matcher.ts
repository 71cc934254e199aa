import type { LngLat, Stage } from '../../types/common';
import { ADDRESS_KIND_LABELS, type Address, type AddressKind } from '../../types/models/address';
import type { Zone, ZoneCandidate, ZoneMatch } from '../../types/models/zone';
import { buildKnownNames } from './known-names';
import { ambiguousReason, estateReason, noneReason, polygonReason, streetReason } from './match-reasons';
import { normalizeAddress } from './normalize-address';
import { buildPolygonIndex, type PolygonIndex } from './polygon-index';
import { buildRuleIndex, type RuleIndex } from './rule-index';

export interface ZoneMatchInput {
  stage: Stage;
  address?: Address;
  location?: LngLat;
  /** Only words the reason: “居住地址…” rather than “地址…”. */
  addressKind?: AddressKind;
}

export interface ZoneMatcher {
  match(input: ZoneMatchInput): ZoneMatch;
  /** Display names for the pickers, all stages, sorted for Chinese readers. */
  knownStreets(district: string): string[];
  knownEstates(district: string): string[];
}

/**
 * Matches an address and/or a location to school zones. Every source is consulted (estate rules, street
 * rules, surveyed polygons); a result is 'matched' only when they name exactly one school and the point
 * is not on a border. Anything else lists every candidate for a person to decide: never pick silently.
 */
export function buildZoneMatcher(zones: Zone[]): ZoneMatcher {
  const stages = new Map<Stage, StageIndex>();
  for (const stage of new Set(zones.map((z) => z.stage))) {
    const own = zones.filter((z) => z.stage === stage);
    stages.set(stage, { rules: buildRuleIndex(own), polygons: buildPolygonIndex(own) });
  }
  const names = buildKnownNames(zones);
  return {
    knownStreets: names.streets,
    knownEstates: names.estates,
    match: (input) => matchIn(stages.get(input.stage), input),
  };
}

interface StageIndex {
  rules: RuleIndex;
  polygons: PolygonIndex;
}

// Written as plain loops without per-call closures: this runs for every keystroke-level lookup.
function matchIn(
  index: StageIndex | undefined,
  { address, location, addressKind }: ZoneMatchInput,
): ZoneMatch {
  const normalized = address && normalizeAddress(address);
  const found: ZoneCandidate[] = [];
  if (index && normalized?.estate) {
    for (const hit of index.rules.estateHits(normalized.district, normalized.estate)) {
      found.push(candidate(hit.zone, 'estate', estateReason(hit)));
    }
  }
  const { street, houseNo } = normalized ?? {};
  if (index && normalized && street && houseNo !== undefined) {
    const label = addressKind ? ADDRESS_KIND_LABELS[addressKind] : '地址';
    for (const hit of index.rules.streetHits(normalized.district, street, houseNo)) {
      found.push(candidate(hit.zone, 'street', streetReason(hit, houseNo, label)));
    }
  }
  const fromRules = found.length;
  let onBoundary = false;
  if (index && location) {
    for (const hit of index.polygons.query(location)) {
      onBoundary ||= hit.onBoundary;
      found.push(candidate(hit.zone, 'polygon', polygonReason(hit.onBoundary)));
    }
  }
  const candidates = found.length < 2 ? found : bySchool(found);
  if (candidates.length === 0) {
    const reason = noneReason(normalized, location !== undefined, index?.rules);
    return { status: 'none', candidates, needsManualConfirmation: true, reason };
  }
  if (candidates.length === 1 && !onBoundary) {
    const reason = (candidates[0] as ZoneCandidate).reason;
    return { status: 'matched', candidates, needsManualConfirmation: false, reason };
  }
  const reason = ambiguousReason(candidates.length, onBoundary, sourcesDisagree(found, fromRules));
  return { status: 'ambiguous', candidates, needsManualConfirmation: true, reason };
}

const candidate = (zone: Zone, via: ZoneCandidate['via'], reason: string): ZoneCandidate => ({
  schoolId: zone.schoolId,
  zoneId: zone.id,
  via,
  reason,
});

/** Rules (found[0..fromRules)) and polygons (the rest) both answered, with different sets of schools. */
function sourcesDisagree(found: ZoneCandidate[], fromRules: number): boolean {
  const byRules = new Set(found.slice(0, fromRules).map((c) => c.schoolId));
  const byPolygon = new Set(found.slice(fromRules).map((c) => c.schoolId));
  if (byRules.size === 0 || byPolygon.size === 0) return false;
  return [...byRules].some((s) => !byPolygon.has(s)) || [...byPolygon].some((s) => !byRules.has(s));
}

/** One candidate per school, in the order found; all its reasons kept, joined with '；'. */
function bySchool(found: ZoneCandidate[]): ZoneCandidate[] {
  const schools = new Map<string, ZoneCandidate>();
  for (const c of found) {
    const seen = schools.get(c.schoolId);
    if (!seen) schools.set(c.schoolId, { ...c });
    else if (!seen.reason.split('；').includes(c.reason)) seen.reason += `；${c.reason}`;
  }
  return [...schools.values()];
}
