import { DuplicateKeyError } from '../../../lib/ports/store';

/** Records are JSON documents in a `doc` column (as in CloudBase). */
export const parse = <T>(row: { doc: string } | undefined): T | null =>
  row ? (JSON.parse(row.doc) as T) : null;
export const parseAll = <T>(rows: { doc: string }[]): T[] => rows.map((r) => JSON.parse(r.doc) as T);

/** Unique-constraint failures become the port's DuplicateKeyError; everything else propagates. */
export const guardUnique = <T>(constraint: string, op: () => T): T => {
  try {
    return op();
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new DuplicateKeyError(constraint);
    }
    throw e;
  }
};
