/**
 * The slice of the `@cloudbase/node-sdk` database API this adapter uses, typed structurally. The SDK's own
 * typings come through a nested copy of `@cloudbase/database`; naming only what we call keeps the adapter
 * honest about its surface and lets `app.database()` be passed in as it is.
 */
export type CloudbaseDoc = Record<string, unknown> & { _id?: string; _openid?: string };

export interface CloudbaseDocumentRef {
  get(): Promise<{ data: CloudbaseDoc[] | CloudbaseDoc | null }>;
  set(data: object): Promise<{ updated?: number }>;
  update(data: object): Promise<{ updated?: number }>;
  remove(): Promise<{ deleted?: number }>;
}

export interface CloudbaseQuery {
  where(query: object): CloudbaseQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): CloudbaseQuery;
  skip(offset: number): CloudbaseQuery;
  limit(limit: number): CloudbaseQuery;
  get(): Promise<{ data: CloudbaseDoc[] }>;
  update(data: object): Promise<{ updated?: number }>;
  remove(): Promise<{ deleted?: number }>;
  updateAndReturn(data: object): Promise<{ updated?: number; doc?: CloudbaseDoc | null }>;
}

export interface CloudbaseCollection extends CloudbaseQuery {
  doc(id: string): CloudbaseDocumentRef;
  add(data: object): Promise<{ id?: string }>;
}

export interface CloudbaseTransaction {
  collection(name: string): CloudbaseCollection;
}

/** Update and query commands (`db.command`): only the ones the repositories use. */
export interface CloudbaseCommand {
  inc(n: number): unknown;
  set(value: unknown): unknown;
  remove(): unknown;
  lte(value: unknown): unknown;
}

export interface CloudbaseDb {
  collection(name: string): CloudbaseCollection;
  command: CloudbaseCommand;
  runTransaction<T>(fn: (t: CloudbaseTransaction) => Promise<T>, times?: number): Promise<T>;
}
