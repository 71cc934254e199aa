import { randomBytes } from 'node:crypto';
import Manager from '@cloudbase/manager-node';
import tcb from '@cloudbase/node-sdk';
import type { CloudbaseDb } from '../../cloudfunctions/adapters/store/cloudbase/cloudbase-db';
import { COLLECTIONS } from '../../cloudfunctions/adapters/store/cloudbase/collections';
import { openCloudbaseStore } from '../../cloudfunctions/adapters/store/cloudbase/open-cloudbase-store';
import { liveCloudbaseEnv } from './support/cloudbase-live-env';
import { storeContract } from './support/store-contract';

const live = liveCloudbaseEnv();

if (!live) {
  // Skipped on purpose: this suite needs a real CloudBase environment and its keys, which CI does not
  // have. The same contract runs on every commit through the SDK over the in-process fake
  // (cloudbase-store.test.ts). Set TCB_ENV, TCB_SECRET_ID and TCB_SECRET_KEY to run it.
  describe.skip('TCB_ENV not set: live CloudBase contract skipped', () => {
    it('runs the Store contract against a real environment', () => undefined);
  });
} else {
  jest.setTimeout(120_000);
  const manager = new Manager({ envId: live.envId, secretId: live.secretId, secretKey: live.secretKey });
  const db = tcb.init({ env: live.envId, secretId: live.secretId, secretKey: live.secretKey }).database();
  // Every store gets its own collections, so the contract starts empty and nothing touches real data.
  const run = `it_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}_`;
  const created: string[] = [];
  let opened = 0;

  storeContract(`CloudBase live (${live.envId})`, async () => {
    const prefix = `${run}${opened++}_`;
    for (const name of COLLECTIONS) {
      await manager.database.createCollectionIfNotExists(prefix + name);
      created.push(prefix + name);
    }
    return openCloudbaseStore(db as unknown as CloudbaseDb, { prefix });
  });

  afterAll(async () => {
    for (const name of created) {
      await manager.database.deleteCollection(name).catch((e: unknown) => {
        console.warn(`could not delete live test collection ${name}: ${String(e)}`);
      });
    }
  });
}
