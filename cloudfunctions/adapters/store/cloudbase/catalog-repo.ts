import type { CategoryRules, Season } from '../../../lib/ports/records';
import type { CatalogRepo } from '../../../lib/ports/store';
import { fromDoc, fromDocs, readDoc } from './documents';
import { listAll } from './list-all';
import type { Scope } from './scope';

type Kind =
  'category_rules' | 'season' | 'district' | 'large_district' | 'school' | 'zone' | 'policy' | 'faq';

/** The kind tag is ours, not the record's: it is named so that no record field can collide with it. */
const KIND = '_kind';
const catalogId = (kind: Kind, id: string) => `${kind}:${encodeURIComponent(id)}`;

/** Content is a handful of small sets: one collection, `_id = kind:id`, listed in id order. */
export const catalogRepo = (s: Scope): CatalogRepo => {
  const get = async <T>(kind: Kind, id: string) =>
    fromDoc<T>(await readDoc(s.coll('catalog').doc(catalogId(kind, id))), [KIND]);
  const list = async <T>(kind: Kind) =>
    fromDocs<T>(
      await listAll(
        s
          .query('catalog')
          .where({ [KIND]: kind })
          .orderBy('_id', 'asc'),
      ),
      [KIND],
    );
  const put = async (kind: Kind, id: string, record: object) => {
    await s
      .coll('catalog')
      .doc(catalogId(kind, id))
      .set({ ...record, [KIND]: kind });
  };
  return {
    getSeason: (id) => get<Season>('season', id),
    currentSeason: async () => {
      const seasons = await list<Season>('season');
      return seasons.sort((a, b) => b.year - a.year || b.id.localeCompare(a.id))[0] ?? null;
    },
    listDistricts: () => list('district'),
    listLargeDistricts: () => list('large_district'),
    listSchools: () => list('school'),
    getSchool: (id) => get('school', id),
    listZones: () => list('zone'),
    listPolicies: () => list('policy'),
    getPolicy: (id) => get('policy', id),
    listFaq: () => list('faq'),
    getCategoryRules: (seasonId) => get<CategoryRules>('category_rules', seasonId),
    putCategoryRules: (r) => put('category_rules', r.seasonId, r),
    putSeason: (d) => put('season', d.id, d),
    putDistrict: (d) => put('district', d.id, d),
    putLargeDistrict: (d) => put('large_district', d.id, d),
    putSchool: (d) => put('school', d.id, d),
    putZone: (d) => put('zone', d.id, d),
    putPolicy: (d) => put('policy', d.id, d),
    putFaq: (d) => put('faq', d.id, d),
  };
};
