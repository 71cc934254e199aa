import type { PolicySummary, Season } from '../../types';
import { AppError } from '../lib/app-error';
import type { Store } from '../lib/ports/store';

export const currentSeasonOrFail = async (store: Store): Promise<Season> => {
  const season = await store.catalog.currentSeason();
  if (!season) throw new AppError('NOT_FOUND.SEASON', '当前没有开放的招生季，请关注教育局通知。');
  return season;
};

/** Policies newest first; the summary drops the body, which can be long. */
export const byPublishedDesc = <P extends PolicySummary>(policies: P[]): PolicySummary[] =>
  [...policies]
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
    .map(({ id, title, publishedOn, issuer, summary }) => ({ id, title, publishedOn, issuer, summary }));
