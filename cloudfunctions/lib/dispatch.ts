import type { z } from 'zod';
import type { ActionDef, Envelope, ErrorCode, FunctionName } from '../../types';
import { apiMap, ERROR_CODES, requestSchema } from '../../types';
import type { AppError } from './app-error';
import { isAppError } from './app-error';
import type { HandlerContext, Registry } from './handler';
import type { Ports } from './ports/ports';
import { resolveCaller, type IdentityInput } from './resolve-caller';
import { summarizeIssues, toIssues } from './zod-issues';

const fail = (code: ErrorCode, message?: string, issues?: AppError['issues']): Envelope<never> => ({
  ok: false,
  error: { code, message: message ?? ERROR_CODES[code].message, ...(issues?.length ? { issues } : {}) },
});

export interface DispatchLog {
  error(message: string, meta: Record<string, unknown>): void;
}

/** The contracts a dispatch knows, by function: all of apiMap, or one function's in a deployed bundle. */
export type Contracts = { readonly [F in FunctionName]?: Readonly<Record<string, ActionDef>> };

/** Every function's contracts and the handlers given: the local server and in-process tests. */
export const dispatch = (
  registry: Partial<Registry>,
  fn: string,
  rawRequest: unknown,
  identity: IdentityInput,
  ports: Ports,
  log: DispatchLog = console,
): Promise<Envelope<unknown>> => dispatchWith(apiMap, registry, fn, rawRequest, identity, ports, log);

/**
 * The one path every call takes, in WeChat and on the local server alike: validate the request,
 * establish the caller, check the role, validate input, run the handler, validate output. A bad
 * input never reaches a handler, and an unexpected error never leaves with its details.
 * A deployed function passes only its own contracts (cloud-entry.ts) and never references `dispatch`,
 * so its bundle builds no other function's schemas.
 */
export const dispatchWith = async (
  contracts: Contracts,
  /** All functions (the local server) or just the one a deployed bundle carries. */
  registry: Partial<Registry>,
  fn: string,
  rawRequest: unknown,
  identity: IdentityInput,
  ports: Ports,
  log: DispatchLog = console,
): Promise<Envelope<unknown>> => {
  const request = requestSchema.safeParse(rawRequest);
  if (!request.success) {
    const issues = toIssues(request.error);
    return fail('INPUT.INVALID', `请求格式不正确：${summarizeIssues(issues)}`, issues);
  }
  const { action, data } = request.data;
  const defs = Object.hasOwn(contracts, fn) ? contracts[fn as FunctionName] : undefined;
  if (!defs) return fail('API.UNKNOWN_FUNCTION');
  const def = Object.hasOwn(defs, action) ? defs[action] : undefined;
  if (!def) return fail('API.UNKNOWN_ACTION');
  if (def.localOnly && ports.mode !== 'local') return fail('AUTH.DEV_LOGIN_DISABLED');

  const now = ports.clock.now();
  try {
    const who = await resolveCaller(identity, ports, now);
    if (def.access !== 'public') {
      if (!who.caller) return fail('AUTH.UNAUTHENTICATED');
      if (!def.access.includes(who.caller.role)) return fail('AUTH.FORBIDDEN');
    }
    const input = (def.input as z.ZodType).safeParse(data === undefined ? {} : data);
    if (!input.success) {
      const issues = toIssues(input.error);
      return fail('INPUT.INVALID', summarizeIssues(issues), issues);
    }
    const caller = who.caller;
    const ctx: HandlerContext = {
      caller,
      ports,
      now,
      audit: (entry, tx) =>
        (tx ?? ports.store).audit.append({
          ...entry,
          at: now.toISOString(),
          actorId: caller?.userId ?? null,
          role: caller?.role ?? null,
        }),
    };
    const handlers = registry[fn as FunctionName] as
      Record<string, (i: unknown, c: HandlerContext) => Promise<unknown>> | undefined;
    if (!handlers) return fail('API.UNKNOWN_FUNCTION');
    const handler = handlers[action];
    if (!handler) return fail('API.UNKNOWN_ACTION');
    const output = await handler(input.data, ctx);
    const checked = (def.output as z.ZodType).safeParse(output);
    if (!checked.success) {
      log.error('output failed its contract', {
        fn,
        action,
        issues: checked.error.issues.map((i) => i.path),
      });
      return fail('INTERNAL.ERROR');
    }
    return { ok: true, data: checked.data };
  } catch (e) {
    if (isAppError(e)) return fail(e.code, e.message, e.issues);
    log.error('unhandled error in handler', { fn, action, error: e instanceof Error ? e.stack : String(e) });
    return fail('INTERNAL.ERROR');
  }
};
