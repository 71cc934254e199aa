import { dispatch } from '../../cloudfunctions/lib/dispatch';
import type { Registry } from '../../cloudfunctions/lib/handler';
import type { Ports } from '../../cloudfunctions/lib/ports/ports';
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../types';

/** Calls one action as the browser would, minus HTTP: the same dispatch, roles, validation and audit. */
export type Call = <F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: ActionInput<F, A>,
) => Promise<ActionOutput<F, A>>;

/**
 * A caller for the demo's scripted families. A refusal is a bug in the scenario (or a handler that
 * changed its rules), never something to step over: it stops the scenario with the code and message.
 */
export const inProcessCaller = (registry: Registry, ports: Ports, token?: string): Call =>
  (async (fn: FunctionName, action: string, input: unknown) => {
    const r = await dispatch(registry, fn, { action, data: input }, { token }, ports);
    if (!r.ok) throw new Error(`${fn}.${action}: ${r.error.code} ${r.error.message}`);
    return r.data;
  }) as Call;

/** A dev-login session for `subject` (as the local login page makes one), and a caller acting as it. */
export const loginAs = async (
  registry: Registry,
  ports: Ports,
  role: 'parent' | 'admin',
  subject: string,
): Promise<{ userId: string; token: string; call: Call }> => {
  const session = await inProcessCaller(registry, ports)('auth', 'devLogin', { role, subject });
  return {
    userId: session.user.id,
    token: session.token,
    call: inProcessCaller(registry, ports, session.token),
  };
};
