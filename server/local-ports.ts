import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createNodeFieldCrypto } from '../cloudfunctions/adapters/crypto/node-field-crypto';
import { createDepartmentGateway, loadGatewayConfig } from '../cloudfunctions/adapters/departments/gateway';
import { createDiskFiles } from '../cloudfunctions/adapters/files/disk-files';
import { createOutboxOnlyNotifier } from '../cloudfunctions/adapters/notifier/outbox-only';
import { openSqliteStore } from '../cloudfunctions/adapters/store/sqlite/open-sqlite-store';
import { createHmacTokenSigner } from '../cloudfunctions/adapters/tokens/hmac-token-signer';
import { systemClock } from '../cloudfunctions/lib/ports/clock';
import type { Departments } from '../cloudfunctions/lib/ports/departments';
import type { Ports } from '../cloudfunctions/lib/ports/ports';
import { startDepartmentSimulator, type DepartmentSimulator } from './department-simulator';
import { loadOrCreateKeys } from './local-keys';

export interface LocalRuntime {
  ports: Ports;
  /** The department simulator, when no real gateway is configured. */
  simulator: DepartmentSimulator | null;
  close(): Promise<void>;
}

/**
 * Departments: the real gateway when DEPARTMENTS_BASE_URL is set (a district's own 政务云 link),
 * otherwise the same gateway pointed at the simulator on loopback, so the signed contract is exercised.
 */
const departmentsFor = async (
  env: NodeJS.ProcessEnv,
): Promise<{ departments: Departments; simulator: DepartmentSimulator | null }> => {
  if (env.DEPARTMENTS_BASE_URL)
    return { departments: createDepartmentGateway(loadGatewayConfig(env)), simulator: null };
  const appKey = 'local';
  const appSecret = randomBytes(32).toString('hex');
  // DEPARTMENTS_SIM_PORT pins the port (the E2E injects faults there); by default any free port.
  const port = Number(env.DEPARTMENTS_SIM_PORT ?? 0);
  const simulator = await startDepartmentSimulator({ appKey, appSecret, port, seed: 2026 });
  // The gateway's tuning variables (timeouts, breaker) apply to the simulator link too.
  const config = loadGatewayConfig({
    ...env,
    DEPARTMENTS_BASE_URL: simulator.url,
    DEPARTMENTS_APP_KEY: appKey,
    DEPARTMENTS_APP_SECRET: appSecret,
  });
  return { departments: createDepartmentGateway(config), simulator };
};

/** The one-machine wiring: SQLite and files in DATA_DIR, keys beside them, dev login enabled. */
export const openLocalRuntime = async (
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<LocalRuntime> => {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keys = loadOrCreateKeys(dataDir);
  const { departments, simulator } = await departmentsFor(env);
  const ports: Ports = {
    store: openSqliteStore(path.join(dataDir, 'enroll.db')),
    crypto: createNodeFieldCrypto(keys),
    tokens: createHmacTokenSigner(keys.tokenSecret),
    departments,
    files: createDiskFiles(path.join(dataDir, 'files')),
    notifier: createOutboxOnlyNotifier(),
    clock: systemClock,
    mode: 'local',
  };
  return {
    ports,
    simulator,
    close: async () => {
      await ports.store.close();
      await simulator?.close();
    },
  };
};
