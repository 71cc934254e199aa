import type Database from 'better-sqlite3';
import type { CatalogRepo } from '../../../lib/ports/store';
import type { Season } from '../../../lib/ports/records';
import type { Exec } from './sqlite-repos';

type Kind =
  'category_rules' | 'season' | 'district' | 'large_district' | 'school' | 'zone' | 'policy' | 'faq';

/** Content is a handful of small collections: one table, keyed by kind and id. */
export const sqliteCatalogRepo = (db: Database.Database, exec: Exec): CatalogRepo => {
  const list = <T>(kind: Kind) =>
    exec(() =>
      (db.prepare('SELECT doc FROM catalog WHERE kind = ? ORDER BY id').all(kind) as { doc: string }[]).map(
        (r) => JSON.parse(r.doc) as T,
      ),
    );
  const get = <T>(kind: Kind, id: string) =>
    exec(() => {
      const row = db.prepare('SELECT doc FROM catalog WHERE kind = ? AND id = ?').get(kind, id) as
        { doc: string } | undefined;
      return row ? (JSON.parse(row.doc) as T) : null;
    });
  const put = (kind: Kind, id: string, doc: object) =>
    exec(() => {
      db.prepare(
        'INSERT INTO catalog (kind, id, doc) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET doc = excluded.doc',
      ).run(kind, id, JSON.stringify(doc));
    });
  return {
    getSeason: (id) => get('season', id),
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
    getCategoryRules: (seasonId) => get('category_rules', seasonId),
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
