import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface LocalKeys {
  dataKey: Buffer;
  blindKey: Buffer;
  tokenSecret: Buffer;
}

/**
 * Keys of a one-machine deployment: made on first start, kept beside the database with owner-only
 * permissions. Losing this file makes the stored ID numbers unreadable, so backups must include it.
 */
export const loadOrCreateKeys = (dataDir: string): LocalKeys => {
  const file = path.join(dataDir, 'keys.json');
  if (!fs.existsSync(file)) {
    const fresh = { dataKey: randomBytes(32), blindKey: randomBytes(32), tokenSecret: randomBytes(32) };
    const json = JSON.stringify(
      Object.fromEntries(Object.entries(fresh).map(([k, v]) => [k, v.toString('base64')])),
    );
    fs.writeFileSync(file, json, { mode: 0o600, flag: 'wx' });
  }
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<keyof LocalKeys, string>;
  return {
    dataKey: Buffer.from(raw.dataKey, 'base64'),
    blindKey: Buffer.from(raw.blindKey, 'base64'),
    tokenSecret: Buffer.from(raw.tokenSecret, 'base64'),
  };
};
