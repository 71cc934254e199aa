import { randomBytes, randomUUID } from 'node:crypto';
import { EJSON } from 'bson';
import { FakeUnsupported, matches, sortDocs, type Doc } from './cloudbase-fake-match';
import { FakeObjectStore } from './cloudbase-fake-objects';
import { FakeDbError, FakeStorage } from './cloudbase-fake-storage';
import { applyUpdate } from './cloudbase-fake-update';

/** What the SDK posts for `database.*` actions (see @cloudbase/database's query.ts and document.ts). */
export interface DbParams {
  action: string;
  collectionName?: string;
  transactionId?: string;
  queryType?: 'WHERE' | 'DOC';
  query?: string;
  order?: string;
  offset?: number;
  limit?: number;
  projection?: string;
  data?: string | string[];
  multi?: boolean;
  merge?: boolean;
  upsert?: boolean;
}

type Reply = Record<string, unknown>;

const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;

const parse = <T>(ejson: string | undefined): T | undefined =>
  ejson === undefined ? undefined : (EJSON.parse(ejson, { relaxed: true }) as T);
const out = (doc: Doc) => EJSON.stringify(doc, { relaxed: false });

/**
 * An in-memory CloudBase document database that answers the JSON the real `@cloudbase/node-sdk` sends,
 * in the shapes the SDK reads back. It exists so the Store contract runs through the SDK's real query
 * builder and serialisers in CI. See cloudbase-fake-match.ts and cloudbase-fake-storage.ts for the
 * semantics it implements; anything outside them is answered with an error, never guessed.
 */
export class FakeCloudbaseBackend {
  readonly storage: FakeStorage;
  /** The environment's file storage (cloud storage, not the database's): see cloudbase-fake-objects.ts. */
  readonly objects = new FakeObjectStore();
  /** Every action received, for tests that assert on what went over the wire. */
  readonly log: DbParams[] = [];

  constructor(uniqueIndexes: Record<string, string[][]> = {}) {
    this.storage = new FakeStorage(uniqueIndexes);
  }

  async handle(params: DbParams): Promise<Reply> {
    this.log.push(params);
    // Let other requests interleave, as they would over the network.
    await new Promise((resolve) => setImmediate(resolve));
    const requestId = randomUUID();
    try {
      return { requestId, ...(await this.dispatch(params)) };
    } catch (e) {
      if (e instanceof FakeDbError) return { requestId, code: e.code, message: e.message };
      if (e instanceof FakeUnsupported) {
        return {
          requestId,
          code: 'FAKE_UNSUPPORTED',
          message: `fake CloudBase does not support ${e.message}`,
        };
      }
      throw e;
    }
  }

  private async dispatch(p: DbParams): Promise<Reply> {
    const s = this.storage;
    switch (p.action) {
      case 'database.addCollection':
        s.createCollection(p.collectionName as string);
        return {};
      case 'database.startTransaction': {
        const transactionId = randomUUID();
        s.begin(transactionId);
        return { transactionId };
      }
      case 'database.commitTransaction':
        s.commit(p.transactionId as string);
        return {};
      case 'database.abortTransaction':
        s.abort(p.transactionId as string);
        return {};
      case 'database.insertDocument':
        return { data: { insertedIds: await this.insert(p) } };
      case 'database.getDocument':
        return { data: this.get(p) };
      case 'database.calculateDocument':
        return { data: { total: this.select(p).length } };
      case 'database.modifyDocument':
        return { data: await this.modify(p) };
      case 'database.modifyAndReturnDoc':
        return { data: await this.modifyAndReturn(p) };
      case 'database.removeDocument':
        return { data: { deleted: await this.remove(p) } };
      default:
        throw new FakeUnsupported(`action ${p.action}`);
    }
  }

  /** Documents a query addresses: by `_id` for DOC queries (also inside a transaction), else a scan. */
  private select(p: DbParams): Doc[] {
    const coll = p.collectionName as string;
    const query = parse<Record<string, unknown>>(p.query);
    if (p.transactionId) {
      const id = p.queryType === 'DOC' ? query?._id : undefined;
      if (typeof id !== 'string' || Object.keys(query ?? {}).length !== 1) {
        throw new FakeDbError('INVALID_PARAM', 'transactions take single-document operations only');
      }
      const doc = this.storage.read(coll, id, p.transactionId);
      return doc ? [doc] : [];
    }
    return this.storage.scan(coll).filter((d) => matches(d, query));
  }

  private get(p: DbParams) {
    if (p.projection) throw new FakeUnsupported('projection');
    const offset = p.offset ?? 0;
    const limit = Math.min(p.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
    const docs = sortDocs(this.select(p), parse<Record<string, number>>(p.order));
    return { list: docs.slice(offset, offset + limit).map(out), offset, limit };
  }

  private async insert(p: DbParams): Promise<string[]> {
    const coll = p.collectionName as string;
    const docs = (p.data as string[]).map((d) => parse<Doc>(d) as Doc);
    const ids = docs.map((d) => (d._id ??= randomBytes(16).toString('hex')));
    if (!p.transactionId) await this.storage.unlocked(coll, ids);
    for (const doc of docs) {
      if (this.storage.read(coll, doc._id, p.transactionId)) {
        if (p.transactionId) this.storage.abort(p.transactionId);
        throw new FakeDbError('DATABASE_DUPLICATE_WRITE', `duplicate _id ${doc._id} in ${coll}`);
      }
      this.storage.write(coll, doc._id, doc, p.transactionId);
    }
    return ids;
  }

  /** Runs `change` on the documents the request addresses, after waiting out any transaction holding them. */
  private async writeEach(p: DbParams, change: (d: Doc) => Doc | null): Promise<Doc[]> {
    const coll = p.collectionName as string;
    let targets = this.select(p);
    while (!p.transactionId && this.storage.isLocked(coll, targets)) {
      await this.storage.unlocked(
        coll,
        targets.map((d) => d._id),
      );
      targets = this.select(p);
    }
    if (p.multi === false) targets = targets.slice(0, 1);
    return targets.map((d) => {
      const next = change(d);
      this.storage.write(coll, d._id, next, p.transactionId);
      return next ?? d;
    });
  }

  private async modify(p: DbParams) {
    const update = parse<Record<string, unknown>>(p.data as string) ?? {};
    const changed = await this.writeEach(p, (d) => applyUpdate(d, update));
    if (changed.length > 0 || !p.upsert) return { updated: changed.length };
    const id = parse<Record<string, unknown>>(p.query)?._id;
    if (typeof id !== 'string') throw new FakeUnsupported('upsert without an _id');
    const doc = applyUpdate({ _id: id }, update);
    if (!p.transactionId) await this.storage.unlocked(p.collectionName as string, [id]);
    this.storage.write(p.collectionName as string, id, doc, p.transactionId);
    return { updated: 0, upsert_id: id };
  }

  private async modifyAndReturn(p: DbParams) {
    if (p.transactionId)
      throw new FakeDbError('INVALID_PARAM', 'transactions take single-document operations only');
    const update = parse<Record<string, unknown>>(p.data as string) ?? {};
    const [doc] = await this.writeEach({ ...p, multi: false }, (d) => applyUpdate(d, update));
    return { updated: doc ? 1 : 0, doc: doc ? out(doc) : null };
  }

  private async remove(p: DbParams) {
    return (await this.writeEach(p, () => null)).length;
  }
}
