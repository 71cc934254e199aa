import type { ActionName, ActionOutput, FunctionName, ParsedInput } from '../../types';
import type { Caller } from './caller';
import type { AuditRecord } from './ports/records';
import type { Ports } from './ports/ports';
import type { Store } from './ports/store';

export interface HandlerContext {
  /** null only in public actions called without login. */
  caller: Caller | null;
  ports: Ports;
  /** One instant per request, so that every record a request writes carries the same time. */
  now: Date;
  /** Appends to the audit log; pass the transaction's store to make the entry part of it. */
  audit(entry: Omit<AuditRecord, 'at' | 'actorId' | 'role'>, tx?: Store): Promise<void>;
}

export type Handler<F extends FunctionName, A extends ActionName<F>> = (
  input: ParsedInput<F, A>,
  ctx: HandlerContext,
) => Promise<ActionOutput<F, A>>;

export type Handlers<F extends FunctionName> = { [A in ActionName<F>]: Handler<F, A> };
export type Registry = { [F in FunctionName]: Handlers<F> };

/** Narrows a context to one with a caller: used by handlers whose action is not public. */
export const requireCaller = (ctx: HandlerContext): Caller => {
  if (!ctx.caller) throw new Error('handler reached without a caller: access check missing');
  return ctx.caller;
};
