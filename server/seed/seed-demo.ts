import type { Store } from '../../cloudfunctions/lib/ports/store';
import { DEMO_FAQ, DEMO_POLICIES } from './demo-content';
import { DEMO_DISTRICT, DEMO_LARGE_DISTRICTS, DEMO_SCHOOLS } from './demo-schools';
import { demoSeason } from './demo-season';
import { DEMO_ZONES } from './demo-zones';

/**
 * Seeds the demo city once. A store that already has a season is left alone, so restarting the
 * server never overwrites content or touches applications.
 */
export const seedDemo = async (store: Store, now: Date): Promise<boolean> => {
  if (await store.catalog.currentSeason()) return false;
  await store.transaction(async (tx) => {
    const c = tx.catalog;
    await c.putDistrict(DEMO_DISTRICT);
    for (const ld of DEMO_LARGE_DISTRICTS) await c.putLargeDistrict(ld);
    for (const s of DEMO_SCHOOLS) await c.putSchool(s);
    for (const z of DEMO_ZONES) await c.putZone(z);
    for (const p of DEMO_POLICIES) await c.putPolicy(p);
    for (const f of DEMO_FAQ) await c.putFaq(f);
    await c.putSeason(demoSeason(now));
  });
  return true;
};
