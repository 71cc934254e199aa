import type { CategoryResult, CategoryRules, Season } from '../../types';
import { DEFAULT_CATEGORY_RULES } from '../../domain/verification/default-category-rules';
import { deriveCategory } from '../../domain/verification/derive-category';
import { schoolFacts } from '../../domain/verification/family-facts';
import { zoneMatcherFor } from '../catalog/zone-matcher-cache';
import type { School, VerificationRecord } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';
import { verifiedFamily } from './verification-view';

/** The season's table, or the default one until an admin edits it. */
export const seasonRules = async (store: Store, season: Season): Promise<CategoryRules> =>
  (await store.catalog.getCategoryRules(season.id)) ?? {
    seasonId: season.id,
    rules: DEFAULT_CATEGORY_RULES,
    updatedAt: season.applyOpensAt,
  };

/**
 * The category of this child at this school. "In the zone" means the zone matcher lists the school for
 * that address; a boundary address counts (staff confirm the zone by hand anyway).
 */
export const categoryFor = async (
  store: Store,
  v: VerificationRecord,
  school: School,
  season: Season,
  now: Date,
): Promise<CategoryResult> => {
  const matcher = await zoneMatcherFor(store, now);
  const inZone = (address: Parameters<typeof matcher.match>[0]['address']) =>
    matcher.match({ stage: school.stage, address }).candidates.some((c) => c.schoolId === school.id);
  const cutoff = season.ageRules.find((r) => r.stage === school.stage)?.cutoffDate ?? `${season.year}-08-31`;
  const { rules } = await seasonRules(store, season);
  return (
    deriveCategory(rules, schoolFacts(verifiedFamily(v), inZone, cutoff)) ?? {
      ruleId: 'unclassified',
      name: '待人工认定',
      tier: rules.length,
      explanation: '已核验的信息不符合本季任何入学类别，将由招生办人工认定。',
    }
  );
};
