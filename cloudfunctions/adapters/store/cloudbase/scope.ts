import type { CloudbaseCollection, CloudbaseCommand, CloudbaseDb } from './cloudbase-db';
import { collectionName, type CollectionName } from './collections';
import { runTransaction } from './run-transaction';

/**
 * Where a repository operation runs. CloudBase transactions take single-document operations only
 * (`doc().get/set/update/remove`, `add`; no `where`), so a scope offers two handles: `coll` for those,
 * bound to the transaction inside `Store.transaction`, and `query` for where-queries, which always read
 * committed data. The SDK would not even carry a transaction id on `where().update()` or `.remove()`.
 */
export interface Scope {
  coll(name: CollectionName): CloudbaseCollection;
  query(name: CollectionName): CloudbaseCollection;
  command: CloudbaseCommand;
  inTransaction: boolean;
  /** Runs `fn` atomically: in the current transaction, or in a new one. */
  atomic<T>(fn: (s: Scope) => Promise<T>): Promise<T>;
}

export const baseScope = (db: CloudbaseDb, prefix: string): Scope => {
  const collection = (name: CollectionName) => db.collection(collectionName(prefix, name));
  return {
    coll: collection,
    query: collection,
    command: db.command,
    inTransaction: false,
    atomic: (fn) => runTransaction(db, (t) => fn(transactionScope(db, prefix, t))),
  };
};

export const transactionScope = (
  db: CloudbaseDb,
  prefix: string,
  t: { collection(name: string): CloudbaseCollection },
): Scope => {
  const scope: Scope = {
    coll: (name) => t.collection(collectionName(prefix, name)),
    query: (name) => db.collection(collectionName(prefix, name)),
    command: db.command,
    inTransaction: true,
    atomic: (fn) => fn(scope),
  };
  return scope;
};
