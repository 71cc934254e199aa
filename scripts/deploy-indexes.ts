/**
 * `npm run deploy:indexes`: creates the collections the CloudBase Store uses and the indexes of
 * config/db-indexes.json in the environment named by TCB_ENV (keys from TCB_SECRET_ID/TCB_SECRET_KEY).
 * Idempotent: an existing collection or index is left as it is and said so. An index whose keys changed
 * under the same name is reported, not replaced: dropping an index on a live database is a decision.
 */
import Manager from '@cloudbase/manager-node';
import raw from '../config/db-indexes.json';
import { indexSpecSchema } from '../cloudfunctions/adapters/store/cloudbase/index-spec';

const { TCB_ENV, TCB_SECRET_ID, TCB_SECRET_KEY, TCB_COLLECTION_PREFIX = '' } = process.env;

const main = async () => {
  if (!TCB_ENV || !TCB_SECRET_ID || !TCB_SECRET_KEY) {
    console.error(
      'deploy:indexes needs TCB_ENV, TCB_SECRET_ID and TCB_SECRET_KEY (a CloudBase environment and API keys).',
    );
    process.exit(2);
  }
  const spec = indexSpecSchema.parse(raw);
  const { database } = new Manager({ envId: TCB_ENV, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY });
  console.log(
    `CloudBase environment ${TCB_ENV}${TCB_COLLECTION_PREFIX ? `, prefix ${TCB_COLLECTION_PREFIX}` : ''}`,
  );
  let changed = false;
  for (const [base, indexes] of Object.entries(spec.collections)) {
    const name = TCB_COLLECTION_PREFIX + base;
    const { IsCreated } = await database.createCollectionIfNotExists(name);
    console.log(`${IsCreated ? 'created   ' : 'exists    '} collection ${name}`);
    const existing = (await database.describeCollection(name)).Indexes ?? [];
    for (const index of indexes) {
      const keys = Object.entries(index.keys).map(([Name, dir]) => ({ Name, Direction: String(dir) }));
      const found = existing.find((i) => i.Name === index.name);
      if (found) {
        const same =
          JSON.stringify(found.Keys.map((k) => [k.Name, String(k.Direction)])) ===
            JSON.stringify(keys.map((k) => [k.Name, k.Direction])) && found.Unique === index.unique;
        console.log(`${same ? 'exists    ' : 'DIFFERS   '}   index ${name}.${index.name}`);
        if (!same) changed = true;
        continue;
      }
      await database.updateCollection(name, {
        CreateIndexes: [
          { IndexName: index.name, MgoKeySchema: { MgoIndexKeys: keys, MgoIsUnique: index.unique } },
        ],
      });
      console.log(
        `created      index ${name}.${index.name} (${keys.map((k) => k.Name).join(', ')}${index.unique ? ', unique' : ''})`,
      );
    }
  }
  if (changed) {
    console.error(
      'Some indexes differ from config/db-indexes.json: drop them in the console, then run this again.',
    );
    process.exit(1);
  }
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
