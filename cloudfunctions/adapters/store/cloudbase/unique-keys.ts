import { guardDuplicate } from './cloudbase-errors';
import { readDoc } from './documents';
import type { Scope } from './scope';

/**
 * A uniqueness rule over fields that are not the document's key (a child per guardian and ID, an
 * account per login identity) is a document in `unique_keys` whose `_id` is the key and which names its
 * owner. Claiming it in the same transaction as the owner's insert makes the rule hold without relying on
 * an index having been deployed, and turns "find by that pair" into one document read.
 */
export const keyId = (constraint: string, parts: readonly string[]): string =>
  [constraint, ...parts.map(encodeURIComponent)].join(':');

export const claimKey = (s: Scope, constraint: string, parts: readonly string[], owner: string) =>
  guardDuplicate(constraint, () =>
    s.coll('unique_keys').add({ _id: keyId(constraint, parts), constraint, owner }),
  );

export const keyOwner = async (s: Scope, constraint: string, parts: readonly string[]) => {
  const doc = await readDoc(s.coll('unique_keys').doc(keyId(constraint, parts)));
  return typeof doc?.owner === 'string' ? doc.owner : null;
};

/** Inserts a record under its id together with the key that must stay unique: both land or neither. */
export const insertWithKey = (
  s: Scope,
  collection: Parameters<Scope['coll']>[0],
  id: string,
  record: object,
  key: { constraint: string; parts: readonly string[] },
) =>
  s.atomic(async (t) => {
    await claimKey(t, key.constraint, key.parts, id);
    await guardDuplicate(collection, () => t.coll(collection).add({ ...record, _id: id }));
  });
