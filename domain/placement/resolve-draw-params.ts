// Secrets and entropy are asked for exactly the draws the plan holds (and each district's shared round), once,
// and checked by the spec's own rules before anything is drawn: a bad secret must not surface mid-season.
import { validateDrawInput } from '../lottery';
import { problem } from './placement-problem';
import type { DrawParams, PlacementInput, PlacementProblem } from './placement-types';
import type { SeasonIndex } from './season-index';

export interface ResolvedParams {
  /** By school × tier cell. */
  readonly school: ReadonlyMap<number, DrawParams>;
  /** By large district id. */
  readonly shared: ReadonlyMap<string, DrawParams>;
  readonly problems: PlacementProblem[];
}

export function resolveDrawParams(input: PlacementInput, index: SeasonIndex): ResolvedParams {
  const problems: PlacementProblem[] = [];
  const drawIds = new Set<string>();
  const ask = (at: string, get: () => DrawParams): DrawParams | undefined => {
    let params: DrawParams;
    try {
      params = get();
    } catch (error) {
      problems.push(
        problem(
          'draw_params_missing',
          at,
          `取不到摇号参数：${String(error)}`,
          `no draw parameters: ${String(error)}`,
        ),
      );
      return undefined;
    }
    const found = validateDrawInput({ ...pick(params), seats: 0, units: [] });
    for (const p of found)
      problems.push({ code: 'bad_draw_params', path: `${at}.${p.field}`, message: p.message });
    if (drawIds.has(params.drawId)) {
      problems.push(
        problem(
          'duplicate_draw_id',
          `${at}.drawId`,
          `摇号编号 ${params.drawId} 重复`,
          `draw id ${params.drawId} is used twice`,
        ),
      );
    }
    drawIds.add(params.drawId);
    return params;
  };
  const school = new Map<number, DrawParams>();
  index.fates.forEach((fate, cell) => {
    if (fate !== 'draw') return;
    const schoolId = input.schools[Math.floor(cell / input.tiers.length)]!.id;
    const tier = input.tiers[cell % input.tiers.length]!;
    const params = ask(`drawParams(${schoolId}, ${tier})`, () => input.drawParams(schoolId, tier));
    if (params) school.set(cell, params);
  });
  const shared = new Map<string, DrawParams>();
  for (const d of namedDistricts(index)) {
    const district = index.frame.districts[d]!;
    const params = ask(`sharedDrawParams(${district})`, () => input.sharedDrawParams(district));
    if (params) shared.set(district, params);
  }
  return { school, shared, problems };
}

/**
 * Districts in the order requests first name them. A function of its own because a loop body that makes a
 * closure (as resolveDrawParams's does) gets a fresh scope on every iteration, and this loop runs for every
 * request: 100,000 scopes a season. An index loop, not for-of: it runs once a season, mostly before V8
 * optimises it, and unoptimised for-of over a typed array allocates an iterator result per request.
 */
function namedDistricts(index: SeasonIndex): number[] {
  const { requestDistricts } = index.requests;
  const named = new Uint8Array(index.frame.districts.length);
  const order: number[] = [];
  for (let r = 0; r < requestDistricts.length; r++) {
    const d = requestDistricts[r]!;
    if (named[d] === 1) continue;
    named[d] = 1;
    order.push(d);
  }
  return order;
}

// Only the three fields the spec defines; anything else the caller attached stays out of the record.
function pick(params: DrawParams): DrawParams {
  return { drawId: params.drawId, secret: params.secret, publicEntropy: params.publicEntropy };
}
