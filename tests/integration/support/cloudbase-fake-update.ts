import { FakeUnsupported, type Doc } from './cloudbase-fake-match';

const setPath = (doc: Record<string, unknown>, path: string, value: unknown, unset = false) => {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = doc;
  for (const k of keys) {
    if (node[k] === undefined || node[k] === null) {
      if (unset) return;
      node[k] = {};
    }
    if (typeof node[k] !== 'object' || Array.isArray(node[k]))
      throw new FakeUnsupported(`set through ${path}`);
    node = node[k] as Record<string, unknown>;
  }
  if (unset) delete node[last];
  else node[last] = value;
};

/**
 * Applies an update document as MongoDB would: operator form ($set, $inc, $unset) or, when no key is
 * an operator, a replacement that keeps `_id`. Returns a new document; the input is left alone.
 */
export const applyUpdate = (doc: Doc, update: Record<string, unknown>): Doc => {
  const keys = Object.keys(update);
  if (!keys.some((k) => k.startsWith('$'))) {
    if ('_id' in update && update._id !== doc._id) throw new FakeUnsupported('changing _id');
    return { ...structuredClone(update), _id: doc._id };
  }
  const next = structuredClone(doc) as Doc;
  for (const [op, fields] of Object.entries(update)) {
    for (const [path, arg] of Object.entries(fields as Record<string, unknown>)) {
      if (path === '_id') throw new FakeUnsupported('changing _id');
      if (op === '$set') setPath(next, path, structuredClone(arg));
      else if (op === '$unset') setPath(next, path, undefined, true);
      else if (op === '$inc') {
        const cur = path
          .split('.')
          .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], next);
        if (cur !== undefined && typeof cur !== 'number') throw new Error(`$inc on a non-number at ${path}`);
        setPath(next, path, ((cur as number | undefined) ?? 0) + Number(arg));
      } else throw new FakeUnsupported(`update operator ${op}`);
    }
  }
  return next;
};
