import fs from 'node:fs';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import type { CloudbaseDb } from '../cloudfunctions/adapters/store/cloudbase/cloudbase-db';
import { openCloudbaseStore } from '../cloudfunctions/adapters/store/cloudbase/open-cloudbase-store';
import { openSqliteStore } from '../cloudfunctions/adapters/store/sqlite/open-sqlite-store';
import type { Store } from '../cloudfunctions/lib/ports/store';

type Env = Record<string, string | undefined>;

/**
 * The store an operator script works on: CloudBase when TCB_ENV is set (with the deploy key pair, as for
 * `npm run deploy`), otherwise the local SQLite file in DATA_DIR that `npm start` serves.
 */
export const openAdminStore = (env: Env = process.env): { store: Store; where: string } => {
  const tcbEnv = env.TCB_ENV?.trim();
  if (tcbEnv) {
    const secretId = env.TCB_SECRET_ID?.trim();
    const secretKey = env.TCB_SECRET_KEY?.trim();
    if (!secretId || !secretKey)
      throw new Error('TCB_ENV is set: set TCB_SECRET_ID and TCB_SECRET_KEY too (the deploy key pair).');
    const prefix = env.COLLECTION_PREFIX?.trim() ?? '';
    const db = tcb.init({ env: tcbEnv, secretId, secretKey }).database() as unknown as CloudbaseDb;
    return { store: openCloudbaseStore(db, { prefix }), where: `CloudBase environment ${tcbEnv}` };
  }
  const dir = path.resolve(env.DATA_DIR ?? './.data');
  // Before the server's first start the folder may not exist yet; the server makes it the same way.
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, 'enroll.db');
  return { store: openSqliteStore(file), where: `local store ${file}` };
};
