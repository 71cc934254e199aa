import { apiMap, ERROR_CODES, type ApiMap, type Envelope, type FunctionName } from '../../types';
import { dispatchWith, type Contracts } from './dispatch';
import { readCloudIdentity, type ScfContext } from './cloud-identity';
import type { Handlers, Registry } from './handler';
import type { Ports } from './ports/ports';

/**
 * What CloudBase passes a function called from the mini-program: the request plus `userInfo`,
 * which the platform fills with the caller's openid. A web client writes its event itself, so the
 * identity is read from the invocation context first (cloud-identity.ts).
 */
export interface CloudEvent {
  /** Set by a timer trigger (config.json `triggers`): `{ Type: 'Timer', TriggerName }`. */
  Type?: string;
  TriggerName?: string;
  action?: unknown;
  data?: unknown;
  userInfo?: { openId?: string; appId?: string };
}

/**
 * A deployed function's `main`: the same dispatch as the local server, with identity from the
 * CloudBase context (openid, or a staff web login's custom user id) instead of a token. Ports are built once per warm instance.
 */
const cloudMain = (
  contracts: Contracts,
  fn: FunctionName,
  registry: Partial<Registry>,
  ports: () => Promise<Ports>,
  timers: Record<string, (ports: Ports) => Promise<unknown>> = {},
) => {
  let cached: Promise<Ports> | null = null;
  return async (event: CloudEvent, context?: ScfContext): Promise<Envelope<unknown>> => {
    cached ??= ports().catch((e) => {
      cached = null;
      throw e;
    });
    let ready: Ports;
    try {
      ready = await cached;
    } catch (e) {
      // A configuration problem is the operator's to fix: it goes to the function log in full, and the
      // family gets the usual calm envelope instead of a platform error.
      console.error(`[${fn}] cannot start:`, e instanceof Error ? e.message : e);
      return { ok: false, error: { code: 'INTERNAL.ERROR', message: ERROR_CODES['INTERNAL.ERROR'].message } };
    }
    const { identity, fromEndUser } = readCloudIdentity(event, context);
    // A timer runs as the system. A client could put `Type: 'Timer'` in its callFunction data, but the
    // platform always names the caller of such calls (openid, or a web login's user), never a trigger's.
    if (event.Type === 'Timer' && !fromEndUser) {
      const job = event.TriggerName ? timers[event.TriggerName] : undefined;
      if (!job)
        return {
          ok: false,
          error: { code: 'API.UNKNOWN_ACTION', message: `未知的定时任务：${event.TriggerName}` },
        };
      return { ok: true, data: await job(ready) };
    }
    const { userInfo: _ignored, ...request } = event;
    return dispatchWith(contracts, registry, fn, request, identity, ready);
  };
};

/**
 * The entry each cloudfunctions/<fn>/index.ts exports: it names only its own contracts and handlers, so
 * esbuild leaves every other function's schemas out of the bundle (and out of its cold start).
 */
export const createFunctionMain = <F extends FunctionName>(
  fn: F,
  api: ApiMap[F],
  handlers: Handlers<F>,
  ports: () => Promise<Ports>,
  timers: Record<string, (ports: Ports) => Promise<unknown>> = {},
) => cloudMain({ [fn]: api }, fn, { [fn]: handlers }, ports, timers);

/** The same entry over every function's contracts and the registry given: for tests that run it in-process. */
export const createCloudMain = (
  fn: FunctionName,
  registry: Partial<Registry>,
  ports: () => Promise<Ports>,
  timers: Record<string, (ports: Ports) => Promise<unknown>> = {},
) => cloudMain(apiMap, fn, registry, ports, timers);
