import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createNodeFieldCrypto } from '../cloudfunctions/adapters/crypto/node-field-crypto';
import {
  createDepartmentGateway,
  loadGatewayConfig,
  type GatewayDeps,
} from '../cloudfunctions/adapters/departments/gateway';
import { createDiskFiles } from '../cloudfunctions/adapters/files/disk-files';
import { createOutboxOnlyNotifier } from '../cloudfunctions/adapters/notifier/outbox-only';
import { openSqliteStore } from '../cloudfunctions/adapters/store/sqlite/open-sqlite-store';
import { tokenStaffSessions } from '../cloudfunctions/adapters/sessions/token-staff-sessions';
import { createHmacTokenSigner } from '../cloudfunctions/adapters/tokens/hmac-token-signer';
import { systemClock, type Clock } from '../cloudfunctions/lib/ports/clock';
import type { Departments } from '../cloudfunctions/lib/ports/departments';
import type { Ports } from '../cloudfunctions/lib/ports/ports';
import { startDepartmentSimulator, type DepartmentSimulator, type Household } from './department-simulator';
import { loadOrCreateKeys } from './local-keys';

export interface LocalRuntime {
  ports: Ports;
  /** The department simulator, when no real gateway is configured. */
  simulator: DepartmentSimulator | null;
  /** Runs `work` without the per-check department log lines (a demo scenario's thousand checks). */
  withQuietDepartments<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface LocalRuntimeOptions {
  /** The offset clock when CLOCK_CONTROL is on; the system clock otherwise. */
  clock?: Clock;
  /** Added to the simulator's registry (a demo scenario's families). Ignored with a real gateway. */
  extraHouseholds?: readonly Household[];
}

/**
 * Departments: the real gateway when DEPARTMENTS_BASE_URL is set (a district's own 政务云 link),
 * otherwise the same gateway pointed at the simulator on loopback, so the signed contract is exercised.
 */
const departmentsFor = async (
  env: NodeJS.ProcessEnv,
  extraHouseholds: readonly Household[],
  log: GatewayDeps['log'],
): Promise<{ departments: Departments; simulator: DepartmentSimulator | null }> => {
  if (env.DEPARTMENTS_BASE_URL)
    return { departments: createDepartmentGateway(loadGatewayConfig(env), { log }), simulator: null };
  const appKey = 'local';
  const appSecret = randomBytes(32).toString('hex');
  // DEPARTMENTS_SIM_PORT pins the port (the E2E injects faults there); by default any free port.
  const port = Number(env.DEPARTMENTS_SIM_PORT ?? 0);
  const simulator = await startDepartmentSimulator({ appKey, appSecret, port, seed: 2026, extraHouseholds });
  // The gateway's tuning variables (timeouts, breaker) apply to the simulator link too.
  const config = loadGatewayConfig({
    ...env,
    DEPARTMENTS_BASE_URL: simulator.url,
    DEPARTMENTS_APP_KEY: appKey,
    DEPARTMENTS_APP_SECRET: appSecret,
  });
  return { departments: createDepartmentGateway(config, { log }), simulator };
};

/** The one-machine wiring: SQLite and files in DATA_DIR, keys beside them, dev login enabled. */
export const openLocalRuntime = async (
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
  options: LocalRuntimeOptions = {},
): Promise<LocalRuntime> => {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keys = loadOrCreateKeys(dataDir);
  let quiet = 0;
  const log: GatewayDeps['log'] = (line) => {
    if (quiet === 0) console.log(`[departments] ${JSON.stringify(line)}`);
  };
  const { departments, simulator } = await departmentsFor(env, options.extraHouseholds ?? [], log);
  const tokens = createHmacTokenSigner(keys.tokenSecret);
  const ports: Ports = {
    store: openSqliteStore(path.join(dataDir, 'enroll.db')),
    crypto: createNodeFieldCrypto(keys),
    tokens,
    staffSessions: tokenStaffSessions(tokens),
    departments,
    files: createDiskFiles(path.join(dataDir, 'files')),
    notifier: createOutboxOnlyNotifier(),
    clock: options.clock ?? systemClock,
    mode: 'local',
  };
  return {
    ports,
    simulator,
    withQuietDepartments: async (work) => {
      quiet += 1;
      try {
        return await work();
      } finally {
        quiet -= 1;
      }
    },
    close: async () => {
      await ports.store.close();
      await simulator?.close();
    },
  };
};
