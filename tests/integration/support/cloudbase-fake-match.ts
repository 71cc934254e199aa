/**
 * The part of MongoDB query semantics the fake CloudBase backend understands: field equality on dotted
 * paths, the comparison and set operators, $exists, $and/$or/$nor, and sorting. Anything else fails
 * loudly (FakeUnsupported), so a new adapter query never passes against the fake by accident.
 */
export type Doc = Record<string, unknown> & { _id: string };

export class FakeUnsupported extends Error {}

export const getPath = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => {
    if (v === null || typeof v !== 'object') return undefined;
    if (Array.isArray(v) && !/^\d+$/.test(k)) throw new FakeUnsupported(`path through an array: ${path}`);
    return (v as Record<string, unknown>)[k];
  }, doc);

/** BSON's order of types, for the types our documents hold. */
const rank = (v: unknown): number => {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number') return 1;
  if (typeof v === 'string') return 2;
  if (Array.isArray(v)) return 4;
  if (v instanceof Date) return 7;
  if (typeof v === 'object') return 3;
  if (typeof v === 'boolean') return 5;
  return 9;
};

export const compare = (a: unknown, b: unknown): number => {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return 0;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (ra === 1 || ra === 5) return Number(a) - Number(b);
  if (ra === 2) return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  const sa = JSON.stringify(a);
  const sb = JSON.stringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
};

// Key order matters for embedded documents in MongoDB, as it does for JSON.stringify.
const equals = (a: unknown, b: unknown): boolean =>
  rank(a) === rank(b) && (rank(a) === 0 || JSON.stringify(a) === JSON.stringify(b));

const isOperatorObject = (c: unknown): c is Record<string, unknown> =>
  c !== null &&
  typeof c === 'object' &&
  !Array.isArray(c) &&
  !(c instanceof Date) &&
  Object.keys(c).length > 0 &&
  Object.keys(c).every((k) => k.startsWith('$'));

const eq = (value: unknown, target: unknown) =>
  equals(value, target) || (Array.isArray(value) && value.some((v) => equals(v, target)));

const ordered = (value: unknown, target: unknown, ok: (c: number) => boolean) =>
  rank(value) === rank(target) && rank(value) !== 0 && ok(compare(value, target));

const operator = (value: unknown, op: string, arg: unknown): boolean => {
  switch (op) {
    case '$eq':
      return eq(value, arg);
    case '$ne':
      return !eq(value, arg);
    case '$gt':
      return ordered(value, arg, (c) => c > 0);
    case '$gte':
      return ordered(value, arg, (c) => c >= 0);
    case '$lt':
      return ordered(value, arg, (c) => c < 0);
    case '$lte':
      return ordered(value, arg, (c) => c <= 0);
    case '$in':
      return (arg as unknown[]).some((t) => eq(value, t));
    case '$nin':
      return !(arg as unknown[]).some((t) => eq(value, t));
    case '$exists':
      return (value !== undefined) === Boolean(arg);
    default:
      throw new FakeUnsupported(`query operator ${op}`);
  }
};

export const matches = (doc: Doc, query: Record<string, unknown> | undefined): boolean =>
  Object.entries(query ?? {}).every(([key, cond]) => {
    if (key === '$and') return (cond as Record<string, unknown>[]).every((q) => matches(doc, q));
    if (key === '$or') return (cond as Record<string, unknown>[]).some((q) => matches(doc, q));
    if (key === '$nor') return !(cond as Record<string, unknown>[]).some((q) => matches(doc, q));
    if (key.startsWith('$')) throw new FakeUnsupported(`query operator ${key}`);
    const value = getPath(doc, key);
    if (isOperatorObject(cond)) return Object.entries(cond).every(([op, arg]) => operator(value, op, arg));
    return eq(value, cond);
  });

/** `order` is the SDK's `{ field: 1 | -1 }`, most significant first. */
export const sortDocs = (docs: Doc[], order: Record<string, number> | undefined): Doc[] => {
  const keys = Object.entries(order ?? {});
  return [...docs].sort((a, b) => {
    for (const [field, dir] of keys) {
      const c = compare(getPath(a, field), getPath(b, field));
      if (c !== 0) return dir < 0 ? -c : c;
    }
    return 0;
  });
};
