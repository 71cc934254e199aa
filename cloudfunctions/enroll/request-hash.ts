import { createHash } from 'node:crypto';

/** Key order must not matter: the same form typed twice hashes the same. */
const canonical = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v as object)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
};

export const requestHash = (form: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(form)))
    .digest('hex');
