import type { CloudbaseDoc, CloudbaseDocumentRef } from './cloudbase-db';

/**
 * Records are stored as they are, with the key in `_id`. On the way out the database's own fields
 * (`_id`, and `_openid` that CloudBase adds for writes made from the mini-program) are dropped, and so
 * is any adapter bookkeeping field named in `extra`.
 */
export const fromDoc = <T>(doc: CloudbaseDoc | null | undefined, extra: readonly string[] = []): T | null => {
  if (!doc) return null;
  const out: Record<string, unknown> = { ...doc };
  delete out._id;
  delete out._openid;
  for (const k of extra) delete out[k];
  return out as T;
};

export const fromDocs = <T>(docs: CloudbaseDoc[], extra: readonly string[] = []): T[] =>
  docs.map((d) => fromDoc<T>(d, extra) as T);

/**
 * `doc(id).get()` answers with a list outside a transaction and with one document (or null) inside
 * one; both shapes mean the same thing here.
 */
export const readDoc = async (ref: CloudbaseDocumentRef): Promise<CloudbaseDoc | null> => {
  const { data } = await ref.get();
  if (Array.isArray(data)) return data[0] ?? null;
  return data ?? null;
};
