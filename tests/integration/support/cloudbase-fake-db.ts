import { randomBytes } from 'node:crypto';
import tcb from '@cloudbase/node-sdk';
import raw from '../../../config/db-indexes.json';
import type { CloudbaseDb } from '../../../cloudfunctions/adapters/store/cloudbase/cloudbase-db';
import { COLLECTIONS } from '../../../cloudfunctions/adapters/store/cloudbase/collections';
import { indexSpecSchema, uniqueIndexes } from '../../../cloudfunctions/adapters/store/cloudbase/index-spec';
import { FakeCloudbaseBackend } from './cloudbase-fake-backend';
import { registerFakeBackend } from './cloudbase-fake-network';

let app: ReturnType<typeof tcb.init> | undefined;

/**
 * A real SDK database handle on a fresh, empty fake environment with every collection created (through
 * the SDK's `createCollection`, as the deploy script does it for real). Needs the jest.mock of
 * tcbapirequester that cloudbase-store.test.ts sets up; credentials are placeholders the fake ignores.
 */
export const openFakeCloudbaseDb = async () => {
  app ??= tcb.init({ env: 'fake-default', secretId: 'fake-id', secretKey: 'fake-key' });
  const env = `fake-${randomBytes(6).toString('hex')}`;
  const backend = registerFakeBackend(
    env,
    new FakeCloudbaseBackend(uniqueIndexes(indexSpecSchema.parse(raw))),
  );
  const db = app.database({ env });
  for (const name of COLLECTIONS) await db.createCollection(name);
  return { env, backend, db: db as unknown as CloudbaseDb };
};
