import { randomInt } from 'node:crypto';
import type { DepartmentAnswer, DepartmentQuery, Departments } from '../../../lib/ports/departments';
import { checkPath, createNonceCache } from '../contract';
import type { AttemptResult } from './attempt-result';
import { backoffDelayMs } from './backoff';
import { createCircuitBreakers } from './circuit-breaker';
import { gatewayConfigSchema, type GatewayConfigInput } from './gateway-config';
import { sendCheck } from './send-check';

/** What the gateway logs per check: never an ID number, never a response body. */
export interface DepartmentLogLine {
  kind: string;
  requestId: string;
  outcome: 'found' | 'not_found' | 'unavailable';
  reason?: string;
  detail?: string;
  attempts: number;
  latencyMs: number;
}

export interface GatewayDeps {
  fetch?: typeof fetch;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1), for backoff jitter only. */
  random?: () => number;
  log?: (line: DepartmentLogLine) => void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const cryptoRandom = () => randomInt(0, 1_000_000) / 1_000_000;
const consoleLog = (line: DepartmentLogLine) => console.log(`[departments] ${JSON.stringify(line)}`);

/**
 * The Departments port over the signed HTTP contract (docs/departments.md): production points it at the
 * government data-sharing platform, `npm start` at the simulator on loopback. Retries 5xx, timeouts and
 * network errors with jittered backoff; refuses forged, replayed or malformed answers without retrying
 * (a retry would not make them trustworthy); never throws for a department's fault.
 */
export const createDepartmentGateway = (input: GatewayConfigInput, deps: GatewayDeps = {}): Departments => {
  const config = gatewayConfigSchema.parse(input);
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? cryptoRandom;
  const log = deps.log ?? consoleLog;
  const breakers = createCircuitBreakers(config.breaker);
  const send = {
    appKey: config.appKey,
    appSecret: config.appSecret,
    timeoutMs: config.timeoutMs,
    fetch: deps.fetch ?? fetch,
    now,
    nonces: createNonceCache(),
  };

  const check = async <K extends DepartmentQuery['kind']>(query: DepartmentQuery<K>) => {
    const started = now().getTime();
    const { kind, requestId } = query;
    const finish = (answer: DepartmentAnswer<K>, attempts: number, detail?: string): DepartmentAnswer<K> => {
      const latencyMs = now().getTime() - started;
      const line: DepartmentLogLine = { kind, requestId, outcome: answer.outcome, attempts, latencyMs };
      if (answer.outcome === 'unavailable') line.reason = answer.reason;
      if (detail) line.detail = detail;
      log(line);
      return answer;
    };
    if (!breakers.allow(kind, started))
      return finish(
        { outcome: 'unavailable', kind, reason: 'circuit_open', checkedAt: now().toISOString() },
        0,
      );

    let result: AttemptResult | undefined;
    let attempts = 0;
    while (attempts <= config.retries) {
      if (attempts > 0) await sleep(backoffDelayMs(config.backoffMs, attempts - 1, random));
      attempts += 1;
      result = await sendCheck(query, { ...send, url: config.baseUrl + checkPath(kind) });
      if (result.ok || !result.retryable) break;
    }
    const checkedAt = now().toISOString();
    if (result?.ok) {
      breakers.success(kind);
      const { response, responseHash } = result;
      return finish(
        response.outcome === 'found'
          ? ({
              outcome: 'found',
              kind,
              facts: response.facts,
              checkedAt,
              responseHash,
            } as DepartmentAnswer<K>)
          : { outcome: 'not_found', kind, checkedAt, responseHash },
        attempts,
      );
    }
    breakers.failure(kind, now().getTime());
    const reason = result && !result.ok ? result.reason : 'server_error';
    return finish(
      { outcome: 'unavailable', kind, reason, checkedAt },
      attempts,
      result && !result.ok ? result.detail : undefined,
    );
  };
  return { check };
};
