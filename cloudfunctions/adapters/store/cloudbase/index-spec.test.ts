import raw from '../../../../config/db-indexes.json';
import { COLLECTIONS } from './collections';
import { indexSpecSchema } from './index-spec';

describe('config/db-indexes.json', () => {
  const spec = indexSpecSchema.parse(raw);

  it('declares exactly the collections the CloudBase adapter uses', () => {
    expect(Object.keys(spec.collections).sort()).toEqual([...COLLECTIONS].sort());
  });

  it('names each index once per collection', () => {
    for (const indexes of Object.values(spec.collections)) {
      const names = indexes.map((i) => i.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('refuses an index without keys or with a bad direction', () => {
    const bad = (keys: object) => ({ collections: { users: [{ name: 'x', keys, unique: false }] } });
    expect(indexSpecSchema.safeParse(bad({})).success).toBe(false);
    expect(indexSpecSchema.safeParse(bad({ a: 2 })).success).toBe(false);
  });
});
