import type { DepartmentQuery } from '../../../cloudfunctions/lib/ports/departments';
import {
  checkPath,
  HEADER,
  newNonce,
  signatureHeaders,
} from '../../../cloudfunctions/adapters/departments/contract';
import {
  createDepartmentGateway,
  type DepartmentLogLine,
  type GatewayConfigInput,
} from '../../../cloudfunctions/adapters/departments/gateway';
import {
  startDepartmentSimulator,
  type DemoFamily,
  type DepartmentSimulatorOptions,
} from '../../../server/department-simulator';
import type { DepartmentKind } from '../../../types/models/department-facts';

export const CREDS = { appKey: 'test-app', appSecret: 'test-secret-0123456789abcdef-0123456789' };

/** A simulator on an ephemeral loopback port; small registries keep the fault tests quick. */
export const startSimulator = (opts: Partial<DepartmentSimulatorOptions> = {}) =>
  startDepartmentSimulator({ ...CREDS, households: 200, ...opts });

let seq = 0;
export const queryFor = <K extends DepartmentKind>(
  family: Pick<DemoFamily, 'childIdNumber' | 'guardianIdNumber'>,
  kind: K,
): DepartmentQuery<K> => ({
  kind,
  childIdNumber: family.childIdNumber,
  guardianIdNumber: family.guardianIdNumber,
  purpose: '2026年义务教育入学报名核验',
  requestId: `req-${process.pid}-${++seq}`,
});

/**
 * A gateway whose time, sleep, jitter and log are in the test's hands: backoff and breaker resets are
 * observed and advanced, never waited for. Only the HTTP timeout itself runs on the real clock.
 */
export const testGateway = (baseUrl: string, config: Partial<GatewayConfigInput> = {}) => {
  const clock = { ms: Date.now() };
  const sleeps: number[] = [];
  const logs: DepartmentLogLine[] = [];
  let requests = 0;
  const gateway = createDepartmentGateway(
    { baseUrl, ...CREDS, ...config },
    {
      now: () => new Date(clock.ms),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
      log: (line) => logs.push(line),
      fetch: (input, init) => {
        requests += 1;
        return fetch(input, init);
      },
    },
  );
  return { gateway, clock, sleeps, logs, requests: () => requests };
};

/** A raw signed request, so tests can break one part of it at a time. */
export const rawCheck = (
  baseUrl: string,
  kind: DepartmentKind,
  body: string,
  over: { appKey?: string; secret?: string; timestamp?: string; nonce?: string; signature?: string } = {},
) => {
  const path = checkPath(kind);
  const parts = {
    methodOrStatus: 'POST',
    path,
    timestamp: over.timestamp ?? String(Math.floor(Date.now() / 1000)),
    nonce: over.nonce ?? newNonce(),
    body,
  };
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [HEADER.appKey]: over.appKey ?? CREDS.appKey,
    ...signatureHeaders(over.secret ?? CREDS.appSecret, parts),
  };
  if (over.signature) headers[HEADER.signature] = over.signature;
  return fetch(baseUrl + path, { method: 'POST', body, headers });
};
