import { buildZoneMatcher, type ZoneMatcher } from '../../domain/zone/zone-matcher';
import type { Store } from '../lib/ports/store';

// Building the index costs milliseconds; zones change a few times a season. A warm function instance
// keeps it for a minute, so an edit in the console reaches parents within that minute.
const TTL_MS = 60_000;
const cache = new WeakMap<Store, { builtAt: number; matcher: Promise<ZoneMatcher> }>();

export const zoneMatcherFor = (store: Store, now: Date): Promise<ZoneMatcher> => {
  const hit = cache.get(store);
  if (hit && now.getTime() - hit.builtAt < TTL_MS) return hit.matcher;
  const matcher = store.catalog.listZones().then(buildZoneMatcher);
  cache.set(store, { builtAt: now.getTime(), matcher });
  matcher.catch(() => cache.delete(store));
  return matcher;
};
