import fs from 'node:fs';
import path from 'node:path';
import { createNodeFieldCrypto } from '../cloudfunctions/adapters/crypto/node-field-crypto';
import { openSqliteStore } from '../cloudfunctions/adapters/store/sqlite/open-sqlite-store';
import { createHmacTokenSigner } from '../cloudfunctions/adapters/tokens/hmac-token-signer';
import { systemClock } from '../cloudfunctions/lib/ports/clock';
import type { Ports } from '../cloudfunctions/lib/ports/ports';
import { loadOrCreateKeys } from './local-keys';

/** The one-machine wiring: SQLite in DATA_DIR, keys beside it, dev login enabled. */
export const openLocalPorts = (dataDir: string): Ports => {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keys = loadOrCreateKeys(dataDir);
  return {
    store: openSqliteStore(path.join(dataDir, 'enroll.db')),
    crypto: createNodeFieldCrypto(keys),
    tokens: createHmacTokenSigner(keys.tokenSecret),
    clock: systemClock,
    mode: 'local',
  };
};
