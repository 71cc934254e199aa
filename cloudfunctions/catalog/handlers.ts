import { AppError } from '../lib/app-error';
import type { Handlers } from '../lib/handler';
import { byPublishedDesc, currentSeasonOrFail } from './content';
import { loadSchool, schoolViewer } from './school-views';
import { zoneMatcherFor } from './zone-matcher-cache';

export const catalogHandlers: Handlers<'catalog'> = {
  async home(_input, { ports }) {
    const season = await currentSeasonOrFail(ports.store);
    const [policies, largeDistricts] = await Promise.all([
      ports.store.catalog.listPolicies(),
      ports.store.catalog.listLargeDistricts(),
    ]);
    return { season, latestPolicies: byPublishedDesc(policies).slice(0, 3), largeDistricts };
  },

  async listSchools(input, { ports }) {
    const view = await schoolViewer(ports.store);
    const q = input.q?.trim();
    return (await ports.store.catalog.listSchools())
      .filter((s) => !input.stage || s.stage === input.stage)
      .filter((s) => !input.largeDistrictId || s.largeDistrictId === input.largeDistrictId)
      .filter((s) => !q || s.name.includes(q) || s.address.includes(q))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
      .map(view);
  },

  async getSchool(input, { ports }) {
    const [view, school] = await Promise.all([
      schoolViewer(ports.store),
      loadSchool(ports.store, input.schoolId),
    ]);
    return view(school);
  },

  async listPolicies(_input, { ports }) {
    return byPublishedDesc(await ports.store.catalog.listPolicies());
  },

  async getPolicy(input, { ports }) {
    const policy = await ports.store.catalog.getPolicy(input.policyId);
    if (!policy) throw new AppError('NOT_FOUND.POLICY');
    return policy;
  },

  async listFaq(_input, { ports }) {
    return ports.store.catalog.listFaq();
  },

  async addressOptions(_input, { ports, now }) {
    const [districts, matcher] = await Promise.all([
      ports.store.catalog.listDistricts(),
      zoneMatcherFor(ports.store, now),
    ]);
    return {
      districts: districts.map((d) => ({
        name: d.name,
        streets: matcher.knownStreets(d.name),
        estates: matcher.knownEstates(d.name),
      })),
    };
  },

  async matchZone(input, { ports, now }) {
    const matcher = await zoneMatcherFor(ports.store, now);
    const match = matcher.match(input);
    const view = await schoolViewer(ports.store);
    const schools = await Promise.all(match.candidates.map((c) => loadSchool(ports.store, c.schoolId)));
    return { ...match, schools: schools.map(view) };
  },
};
