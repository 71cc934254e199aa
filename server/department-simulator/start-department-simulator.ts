import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNonceCache, errorBody } from '../../cloudfunctions/adapters/departments/contract';
import { departmentKindSchema } from '../../types/models/department-facts';
import { BodyTooLargeError, readBody } from '../read-body';
import { answerCheck } from './answer-check';
import { authenticateRequest } from './authenticate-request';
import { faultConfigSchema, type FaultConfig } from './fault-config';
import { createFaultPlan } from './fault-plan';
import { handleFaultsEndpoint } from './faults-endpoint';
import type { Household } from './household';
import { malformedBody } from './malformed-body';
import { sendSigned } from './send-signed';
import { createSyntheticRegistry, type SyntheticRegistry } from './synthetic-registry';

export interface DepartmentSimulatorOptions {
  host?: string;
  /** 0 (the default) = an ephemeral port. */
  port?: number;
  appKey: string;
  appSecret: string;
  seed?: number;
  households?: number;
  /** Households added to the generated ones (a demo scenario's families, placed where it needs them). */
  extraHouseholds?: readonly Household[];
  faults?: FaultConfig;
}

export interface DepartmentSimulator {
  url: string;
  close(): Promise<void>;
  setFaults(faults: FaultConfig): void;
  registry: SyntheticRegistry;
}

const CHECK_PATH = /^\/v1\/checks\/([a-z_]+)$/;
// A wrong key, as a forger without the shared secret would have to use.
const FORGER_SECRET = 'not-the-shared-secret-not-the-shared-secret';

/**
 * The departments' HTTP contract served on loopback over a synthetic registry: what `npm start` and the
 * tests talk to instead of the government platform. Transport faults (down, 5xx, timeout) strike before
 * the request is authenticated, as a broken upstream would; answer faults (malformed, forged) after.
 */
export const startDepartmentSimulator = async (
  opts: DepartmentSimulatorOptions,
): Promise<DepartmentSimulator> => {
  const seed = opts.seed ?? 2026;
  const registry = createSyntheticRegistry(seed, opts.households ?? 10_000, opts.extraHouseholds);
  const faults = createFaultPlan(seed, faultConfigSchema.parse(opts.faults ?? {}));
  const nonces = createNonceCache();
  const held = new Set<http.ServerResponse>();
  let malformedCount = 0;

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://simulator').pathname;
    const send = (status: number, payload: unknown, secret = opts.appSecret) =>
      sendSigned(res, path, status, payload, secret);
    if (path === '/healthz') return send(200, { status: 'ok', households: registry.households.length });
    if (path === '/__faults') {
      const { status, body } = await handleFaultsEndpoint(req, faults);
      return send(status, body);
    }
    const kind = departmentKindSchema.safeParse(CHECK_PATH.exec(path)?.[1]);
    if (req.method !== 'POST' || !kind.success)
      return send(404, errorBody('NOT_FOUND_ROUTE', 'no such check'));

    const body = await readBody(req, 16 * 1024);
    const latency = faults.get().latencyMs ?? 0;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const transport = faults.beforeRequest(kind.data);
    if (transport === 'down' || transport === 'error')
      return send(503, errorBody('UNAVAILABLE', 'department temporarily unavailable'));
    if (transport === 'timeout') {
      held.add(res); // never answered; released when the client gives up or the simulator closes
      res.on('close', () => held.delete(res));
      return;
    }
    const refusal = authenticateRequest({ path, headers: req.headers, body }, opts, nonces, Date.now());
    if (refusal) return send(refusal.status, refusal.body);
    const answer = answerCheck(kind.data, body, registry);
    const corrupt = answer.status === 200 ? faults.beforeAnswer() : null;
    if (corrupt === 'malformed') return send(200, malformedBody(answer.body, ++malformedCount));
    if (corrupt === 'bad_signature') return send(200, answer.body, FORGER_SECRET);
    return send(answer.status, answer.body);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) return res.destroy();
      const [status, code] =
        e instanceof BodyTooLargeError ? [413, 'BAD_REQUEST' as const] : [500, 'INTERNAL' as const];
      sendSigned(
        res,
        '/',
        status,
        errorBody(code, status === 413 ? 'body too large' : 'internal error'),
        opts.appSecret,
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    registry,
    setFaults: (f) => faults.set(faultConfigSchema.parse(f)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
