import type { CloudbaseDoc, CloudbaseQuery } from './cloudbase-db';

/** CloudBase returns at most 1000 documents per query (and 100 unless asked). */
export const PAGE_SIZE = 1000;

/**
 * Reads every document a query matches, a page at a time. The query must end its ordering on a unique
 * field (`_id`), or pages could overlap or skip documents that tie.
 */
export const listAll = async (
  query: CloudbaseQuery,
  max = Number.POSITIVE_INFINITY,
): Promise<CloudbaseDoc[]> => {
  const out: CloudbaseDoc[] = [];
  while (out.length < max) {
    const want = Math.min(PAGE_SIZE, max - out.length);
    const { data } = await query.skip(out.length).limit(want).get();
    out.push(...data);
    if (data.length < want) break;
  }
  return out;
};
