/**
 * One collection per repository, plus `unique_keys`: CloudBase enforces uniqueness only through `_id`
 * (and unique indexes, which a transaction cannot rely on for a pair of fields across two documents), so a
 * constraint that is not a document's own key is a document in `unique_keys` whose `_id` is the key.
 * config/db-indexes.json declares these same names; a unit test keeps the two in step.
 */
export const COLLECTIONS = [
  'users',
  'consents',
  'guardians',
  'children',
  'verifications',
  'applications',
  'registrations',
  'counters',
  'catalog',
  'draws',
  'messages',
  'helper_profiles',
  'helper_grants',
  'staff_credentials',
  'audit_log',
  'unique_keys',
] as const;

export type CollectionName = (typeof COLLECTIONS)[number];

/** A prefix keeps a live test run's collections apart from production data and from other runs. */
export const collectionName = (prefix: string, name: CollectionName): string => `${prefix}${name}`;
