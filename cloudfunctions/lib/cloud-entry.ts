import type { Envelope, FunctionName } from '../../types';
import { dispatch } from './dispatch';
import type { Registry } from './handler';
import type { Ports } from './ports/ports';

/**
 * What CloudBase passes a function called from the mini-program: the request plus `userInfo`,
 * which the platform fills with the caller's openid (it cannot be forged from the client).
 */
export interface CloudEvent {
  action?: unknown;
  data?: unknown;
  userInfo?: { openId?: string; appId?: string };
}

/**
 * A deployed function's `main`: the same dispatch as the local server, with identity from the
 * WeChat context instead of a token. Ports are built once per warm instance.
 */
export const createCloudMain = (fn: FunctionName, registry: Registry, ports: () => Promise<Ports>) => {
  let cached: Promise<Ports> | null = null;
  return async (event: CloudEvent): Promise<Envelope<unknown>> => {
    cached ??= ports().catch((e) => {
      cached = null;
      throw e;
    });
    const openid = event.userInfo?.openId;
    const { userInfo: _ignored, ...request } = event;
    return dispatch(registry, fn, request, openid ? { openid } : {}, await cached);
  };
};
