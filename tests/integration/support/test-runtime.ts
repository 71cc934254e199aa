import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDepartmentGateway } from '../../../cloudfunctions/adapters/departments/gateway';
import { createDiskFiles } from '../../../cloudfunctions/adapters/files/disk-files';
import { createOutboxOnlyNotifier } from '../../../cloudfunctions/adapters/notifier/outbox-only';
import { startDepartmentSimulator, type DepartmentSimulator } from '../../../server/department-simulator';
import { createNodeFieldCrypto } from '../../../cloudfunctions/adapters/crypto/node-field-crypto';
import { openSqliteStore } from '../../../cloudfunctions/adapters/store/sqlite/open-sqlite-store';
import { tokenStaffSessions } from '../../../cloudfunctions/adapters/sessions/token-staff-sessions';
import { createHmacTokenSigner } from '../../../cloudfunctions/adapters/tokens/hmac-token-signer';
import { dispatch } from '../../../cloudfunctions/lib/dispatch';
import type { Ports } from '../../../cloudfunctions/lib/ports/ports';
import { registry } from '../../../cloudfunctions/registry';
import { seedDemo } from '../../../server/seed/seed-demo';
import type { ActionInput, ActionName, ActionOutput, Envelope, FunctionName, Role } from '../../../types';

/** A settable clock: deadlines are tested by moving it, never by waiting. */
export class TestClock {
  constructor(public current: Date) {}
  now = () => new Date(this.current);
  set(iso: string) {
    this.current = new Date(iso);
  }
}

export const SEEDED_AT = '2026-06-01T02:00:00.000Z';

/** Fixed keys: tests are reproducible; production keys come from configuration. */
const key = (byte: number) => Buffer.alloc(32, byte);

export interface TestRuntime {
  ports: Ports;
  clock: TestClock;
  /** Raw dispatch, for bad-input tests. */
  raw(fn: string, request: unknown, token?: string): Promise<Envelope<unknown>>;
  login(role: Role, opts?: { subject?: string; districtId?: string }): Promise<Session>;
  simulator: DepartmentSimulator;
  close(): Promise<void>;
}

export interface Session {
  token: string;
  userId: string;
  call<F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    input: ActionInput<F, A>,
  ): Promise<Envelope<ActionOutput<F, A>>>;
  /** Like call, but throws unless ok: for the steps a test walks through, not the ones it checks. */
  ok<F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    input: ActionInput<F, A>,
  ): Promise<ActionOutput<F, A>>;
}

export const startTestRuntime = async (filename = ':memory:'): Promise<TestRuntime> => {
  const clock = new TestClock(new Date(SEEDED_AT));
  // The real simulator over loopback through the real gateway: the signed contract is in every test.
  const appSecret = key(4).toString('hex');
  const simulator = await startDepartmentSimulator({
    appKey: 'test',
    appSecret,
    port: 0,
    seed: 7,
    households: 300,
  });
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'files-'));
  const ports: Ports = {
    store: openSqliteStore(filename),
    crypto: createNodeFieldCrypto({ dataKey: key(1), blindKey: key(2) }),
    tokens: createHmacTokenSigner(key(3)),
    staffSessions: tokenStaffSessions(createHmacTokenSigner(key(3))),
    departments: createDepartmentGateway(
      { baseUrl: simulator.url, appKey: 'test', appSecret, timeoutMs: 300, retries: 1, backoffMs: 5 },
      { log: () => undefined },
    ),
    files: createDiskFiles(filesDir),
    notifier: createOutboxOnlyNotifier(),
    clock,
    mode: 'local',
  };
  await seedDemo(ports.store, clock.now());
  const quiet = { error: () => undefined };
  const raw = (fn: string, request: unknown, token?: string) =>
    dispatch(registry, fn, request, { token }, ports, quiet);
  const session = (token: string, userId: string): Session => {
    const call = ((fn: string, action: string, input: unknown) =>
      raw(fn, { action, data: input }, token)) as Session['call'];
    const ok = (async (fn: FunctionName, action: never, input: never) => {
      const r = await call(fn, action, input);
      if (!r.ok) throw new Error(`${fn}.${String(action)} failed: ${r.error.code} ${r.error.message}`);
      return r.data;
    }) as Session['ok'];
    return { token, userId, call, ok };
  };
  return {
    ports,
    clock,
    raw,
    async login(role, opts = {}) {
      const r = await raw('auth', { action: 'devLogin', data: { role, ...opts } });
      if (!r.ok) throw new Error(`devLogin failed: ${r.error.code}`);
      const data = r.data as { token: string; user: { id: string } };
      return session(data.token, data.user.id);
    },
    simulator,
    close: async () => {
      await ports.store.close();
      await simulator.close();
    },
  };
};
