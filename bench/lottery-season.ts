import type { ApplicantUnit, PlacementInput, SchoolSeats, SharedSeatsRequest } from '../domain/placement';
import { nodeSha256 } from '../cloudfunctions/lottery/node-sha256';
import { mulberry32 } from './prng';

const SCHOOLS = 300;
const SCHOOLS_PER_DISTRICT = 10;
const TIERS = ['class-1', 'class-2', 'class-3'];
const TIER_SHARE = [0.3, 0.7]; // cumulative: 30 % class-1, 40 % class-2, 30 % class-3
const TWIN_PAIRS = 0.01; // a pair per 100 units: about 2 % of children are bound twins
const OPT_IN = 0.3; // units that ask for shared seats in case their own school waitlists them
const SHARED_ONLY = 0.005; // children who apply for shared seats only

/**
 * A season of `children` over 300 schools in 30 large districts. Demand varies threefold between schools
 * and seats are drawn independently, so about half the schools draw a tier and the rest leave spare seats.
 */
export function syntheticSeason(children: number, seed = 20260701): PlacementInput {
  const rand = mulberry32(seed);
  const schools: SchoolSeats[] = Array.from({ length: SCHOOLS }, (_, s) => ({
    id: `s${String(s).padStart(3, '0')}`,
    seats: 700 + Math.floor(rand() * 500),
    largeDistrictId: `d${String(Math.floor(s / SCHOOLS_PER_DISTRICT)).padStart(2, '0')}`,
  }));
  const popularity: number[] = [];
  schools.forEach((_, s) => popularity.push((popularity[s - 1] ?? 0) + 0.5 + rand()));
  const pickSchool = () => {
    const x = rand() * popularity[SCHOOLS - 1]!;
    let lo = 0;
    for (let hi = SCHOOLS - 1; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (popularity[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const units: ApplicantUnit[] = [];
  const sharedOnly: SharedSeatsRequest[] = [];
  let next = 0;
  const number = () => `2026${String(next++).padStart(7, '0')}`;
  while (next < children) {
    const s = pickSchool();
    const district = schools[s]!.largeDistrictId;
    const size = rand() < TWIN_PAIRS && next + 2 <= children ? 2 : 1;
    const applicationNumbers = Array.from({ length: size }, number);
    const wantsShared = rand() < OPT_IN;
    const schoolIds = wantsShared ? districtChoices(s, rand) : [];
    if (rand() < SHARED_ONLY) {
      sharedOnly.push({
        applicationNumbers,
        largeDistrictId: district,
        schoolIds: districtChoices(s, rand),
      });
      continue;
    }
    const t = rand();
    units.push({
      applicationNumbers,
      schoolId: schools[s]!.id,
      tier: TIERS[TIER_SHARE.filter((c) => t >= c).length]!,
      ...(wantsShared ? { sharedSchoolIds: schoolIds } : {}),
    });
  }
  // Through JSON, as a season comes from the store: flat strings, not the ropes template literals build.
  const data = JSON.parse(JSON.stringify({ schools, units, sharedOnly })) as Pick<
    PlacementInput,
    'schools' | 'units' | 'sharedOnly'
  >;
  return {
    ...data,
    tiers: TIERS,
    // As the lottery function places a season on the server.
    sha256: nodeSha256,
    drawParams: (schoolId, tier) => ({
      drawId: `2026-${schoolId}-${tier}`,
      secret: 'bench-operator-secret-2026',
      publicEntropy: '314159',
    }),
    sharedDrawParams: (district) => ({
      drawId: `2026-shared-${district}`,
      secret: 'bench-operator-secret-2026',
      publicEntropy: '271828',
    }),
  };
}

/** Three other schools of the same large district, most wanted first. */
function districtChoices(s: number, rand: () => number): string[] {
  const first = s - (s % SCHOOLS_PER_DISTRICT);
  const others = Array.from({ length: SCHOOLS_PER_DISTRICT }, (_, i) => first + i).filter((x) => x !== s);
  const picks: string[] = [];
  while (picks.length < 3) {
    const pick = `s${String(others.splice(Math.floor(rand() * others.length), 1)[0]!).padStart(3, '0')}`;
    picks.push(pick);
  }
  return picks;
}
