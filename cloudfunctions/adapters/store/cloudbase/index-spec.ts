import { z } from 'zod';

/**
 * The shape of config/db-indexes.json: per collection, its indexes with MongoDB-style keys
 * (`{ field: 1 | -1 }`, most significant first). Read by `npm run deploy:indexes`, by the in-process
 * CloudBase fake (which enforces the unique ones) and by a unit test that keeps it in step with COLLECTIONS.
 */
export const indexSpecSchema = z
  .object({
    description: z.string().optional(),
    collections: z.record(
      z.string().regex(/^[a-z][a-z0-9_]*$/),
      z.array(
        z
          .object({
            name: z.string().regex(/^[a-z][a-z0-9_]*$/),
            keys: z
              .record(z.string().min(1), z.union([z.literal(1), z.literal(-1)]))
              .refine((k) => Object.keys(k).length > 0, 'an index needs at least one key'),
            unique: z.boolean(),
          })
          .strict(),
      ),
    ),
  })
  .strict();

export type IndexSpec = z.infer<typeof indexSpecSchema>;

/** The unique indexes, as field lists per collection. */
export const uniqueIndexes = (spec: IndexSpec): Record<string, string[][]> =>
  Object.fromEntries(
    Object.entries(spec.collections).map(([c, idx]) => [
      c,
      idx.filter((i) => i.unique).map((i) => Object.keys(i.keys)),
    ]),
  );
