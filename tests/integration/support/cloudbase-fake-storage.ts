import { getPath, type Doc } from './cloudbase-fake-match';

/** An error the fake answers with, in CloudBase's `{ code, message }` shape. */
export class FakeDbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Tx {
  id: string;
  /** Commit clock when the transaction began: a document committed after it is a write conflict. */
  start: number;
  writes: Map<string, { coll: string; id: string; doc: Doc | null }>;
  state: 'active' | 'aborted';
}

const keyOf = (coll: string, id: string) => `${coll}\u0000${id}`;
const LOCK_WAIT_MS = 5000;

/**
 * Committed collections plus MongoDB-style transactions: a transaction's writes stay in its own overlay
 * until commit; the first writer of a document holds it, and a second transaction that writes it (or
 * writes a document committed since it began) gets DATABASE_TRANSACTION_CONFLICT and is aborted, as
 * MongoDB aborts on WriteConflict. A write outside any transaction waits for the holder to finish.
 * Reads inside a transaction see committed data plus its own writes (read committed, not a snapshot).
 */
export class FakeStorage {
  private readonly collections = new Map<string, Map<string, Doc>>();
  private readonly versions = new Map<string, number>();
  private readonly locks = new Map<string, string>();
  private readonly txs = new Map<string, Tx>();
  private readonly waiters = new Set<() => void>();
  private clock = 0;

  constructor(private readonly uniqueIndexes: Record<string, string[][]>) {}

  createCollection(name: string) {
    if (this.collections.has(name)) throw new FakeDbError('DATABASE_COLLECTION_ALREADY_EXIST', name);
    this.collections.set(name, new Map());
  }

  private coll(name: string): Map<string, Doc> {
    const c = this.collections.get(name);
    if (!c) throw new FakeDbError('DATABASE_COLLECTION_NOT_EXIST', `collection ${name} does not exist`);
    return c;
  }

  /** Test setup: puts committed documents in place without the checks a write makes. */
  seed(coll: string, docs: Doc[]) {
    const c = this.coll(coll);
    for (const d of docs) c.set(d._id, structuredClone(d));
    this.clock += 1;
  }

  begin(id: string) {
    this.txs.set(id, { id, start: this.clock, writes: new Map(), state: 'active' });
  }

  private tx(id: string): Tx {
    const tx = this.txs.get(id);
    if (!tx || tx.state !== 'active') {
      throw new FakeDbError('DATABASE_TRANSACTION_FAIL', `transaction ${id} is not active`);
    }
    return tx;
  }

  read(coll: string, id: string, txId?: string): Doc | null {
    const c = this.coll(coll);
    const own = txId ? this.tx(txId).writes.get(keyOf(coll, id)) : undefined;
    return structuredClone(own ? own.doc : (c.get(id) ?? null));
  }

  /** Committed documents only: CloudBase takes no where-queries inside a transaction. */
  scan(coll: string): Doc[] {
    return [...this.coll(coll).values()].map((d) => structuredClone(d));
  }

  isLocked(coll: string, docs: Doc[]) {
    return docs.some((d) => this.locks.has(keyOf(coll, d._id)));
  }

  /** Waits until no transaction holds any of these documents (a non-transactional write). */
  async unlocked(coll: string, ids: string[]) {
    const deadline = Date.now() + LOCK_WAIT_MS;
    while (ids.some((id) => this.locks.has(keyOf(coll, id)))) {
      if (Date.now() > deadline) throw new FakeDbError('DATABASE_TIMEOUT', 'waited too long for a lock');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => this.waiters.delete(wake), LOCK_WAIT_MS);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.waiters.add(wake);
      });
    }
  }

  /** Writes (or, with null, deletes) one document; call `unlocked` first outside a transaction. */
  write(coll: string, id: string, doc: Doc | null, txId?: string) {
    const c = this.coll(coll);
    const key = keyOf(coll, id);
    if (!txId) {
      if (this.locks.has(key)) throw new Error('fake: write to a locked document without waiting');
      if (doc) this.checkUnique(coll, doc, c.values());
      if (doc) c.set(id, structuredClone(doc));
      else c.delete(id);
      this.versions.set(key, ++this.clock);
      return;
    }
    const tx = this.tx(txId);
    const holder = this.locks.get(key);
    if ((holder && holder !== txId) || (this.versions.get(key) ?? 0) > tx.start) {
      this.abort(txId);
      throw new FakeDbError('DATABASE_TRANSACTION_CONFLICT', `write conflict on ${coll}/${id}`);
    }
    if (doc) this.checkUnique(coll, doc, this.view(tx, coll));
    this.locks.set(key, txId);
    tx.writes.set(key, { coll, id, doc: doc && structuredClone(doc) });
  }

  /** The collection as a transaction sees it: committed documents under its own writes. */
  private view(tx: Tx, coll: string): Iterable<Doc> {
    const docs = new Map([...this.coll(coll).values()].map((d) => [d._id, d] as const));
    for (const w of tx.writes.values()) {
      if (w.coll !== coll) continue;
      if (w.doc) docs.set(w.id, w.doc);
      else docs.delete(w.id);
    }
    return docs.values();
  }

  /** Unique indexes of config/db-indexes.json; a missing field counts as null, as in MongoDB. */
  private checkUnique(coll: string, doc: Doc, others: Iterable<Doc>) {
    const indexes = this.uniqueIndexes[coll] ?? [];
    if (indexes.length === 0) return;
    const all = [...others];
    for (const fields of indexes) {
      const tuple = JSON.stringify(fields.map((f) => getPath(doc, f) ?? null));
      for (const other of all) {
        if (other._id === doc._id) continue;
        if (JSON.stringify(fields.map((f) => getPath(other, f) ?? null)) === tuple) {
          throw new FakeDbError(
            'DATABASE_DUPLICATE_WRITE',
            `duplicate key on ${coll} (${fields.join(', ')})`,
          );
        }
      }
    }
  }

  commit(txId: string) {
    const tx = this.tx(txId);
    // Another transaction may have committed the same unique tuple since this one wrote it.
    try {
      for (const w of tx.writes.values()) {
        if (w.doc) this.checkUnique(w.coll, w.doc, this.view(tx, w.coll));
      }
    } catch (e) {
      this.abort(txId);
      throw e;
    }
    const at = ++this.clock;
    for (const [key, w] of tx.writes) {
      const c = this.coll(w.coll);
      if (w.doc) c.set(w.id, w.doc);
      else c.delete(w.id);
      this.versions.set(key, at);
    }
    this.finish(tx);
  }

  abort(txId: string) {
    const tx = this.txs.get(txId);
    if (tx && tx.state === 'active') this.finish(tx);
  }

  private finish(tx: Tx) {
    tx.state = 'aborted';
    for (const key of tx.writes.keys()) if (this.locks.get(key) === tx.id) this.locks.delete(key);
    this.txs.delete(tx.id);
    const woken = [...this.waiters];
    this.waiters.clear();
    woken.forEach((w) => w());
  }
}
