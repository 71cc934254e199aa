import type { CloudbaseCommand } from './cloudbase-db';

/**
 * An update that replaces a document's fields under a `where` filter (which `doc().set()` cannot
 * take). Every value goes through `_.set`: a plain nested object would be flattened by the SDK into
 * dotted paths and merged, leaving stale keys behind. Optional fields the new version lacks are removed.
 */
export const replacement = (
  _: CloudbaseCommand,
  record: object,
  optionalKeys: readonly string[],
): Record<string, unknown> => {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) data[k] = _.set(v);
  for (const k of optionalKeys) if (!(k in data)) data[k] = _.remove();
  return data;
};
