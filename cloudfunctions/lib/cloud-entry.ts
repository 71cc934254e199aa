import { ERROR_CODES, type Envelope, type FunctionName } from '../../types';
import { dispatch } from './dispatch';
import type { Registry } from './handler';
import type { Ports } from './ports/ports';

/**
 * What CloudBase passes a function called from the mini-program: the request plus `userInfo`,
 * which the platform fills with the caller's openid (it cannot be forged from the client).
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
 * WeChat context instead of a token. Ports are built once per warm instance.
 */
export const createCloudMain = (
  fn: FunctionName,
  registry: Partial<Registry>,
  ports: () => Promise<Ports>,
  timers: Record<string, (ports: Ports) => Promise<unknown>> = {},
) => {
  let cached: Promise<Ports> | null = null;
  return async (event: CloudEvent): Promise<Envelope<unknown>> => {
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
    // A timer runs as the system. A client could put `Type: 'Timer'` in its callFunction data, but the
    // platform always adds the caller's openid to such calls, and never to a trigger's event.
    if (event.Type === 'Timer' && !event.userInfo?.openId) {
      const job = event.TriggerName ? timers[event.TriggerName] : undefined;
      if (!job)
        return {
          ok: false,
          error: { code: 'API.UNKNOWN_ACTION', message: `未知的定时任务：${event.TriggerName}` },
        };
      return { ok: true, data: await job(ready) };
    }
    const openid = event.userInfo?.openId;
    const { userInfo: _ignored, ...request } = event;
    return dispatch(registry, fn, request, openid ? { openid } : {}, ready);
  };
};
