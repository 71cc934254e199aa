import type { z } from 'zod';
import { authApi } from './auth';
import { catalogApi } from './catalog';
import type { ActionDef } from './define-action';
import { enrollApi } from './enroll';
import { helperApi } from './helper';
import { lotteryApi } from './lottery';
import { notifyApi } from './notify';
import { reviewApi } from './review';
import { verifyApi } from './verify';

/**
 * The single source of truth: deployed function → action → contract. The server's router, the client's
 * `call()`, the role checks and docs/api.md are all derived from this object.
 */
export const apiMap = {
  auth: authApi,
  catalog: catalogApi,
  enroll: enrollApi,
  helper: helperApi,
  lottery: lotteryApi,
  notify: notifyApi,
  review: reviewApi,
  verify: verifyApi,
} as const satisfies Record<string, Record<string, ActionDef>>;

export type ApiMap = typeof apiMap;
export type FunctionName = keyof ApiMap;
export type ActionName<F extends FunctionName> = keyof ApiMap[F] & string;
type Def<F extends FunctionName, A extends ActionName<F>> =
  ApiMap[F][A] extends ActionDef<infer I, infer O> ? { input: I; output: O } : never;
/** What a caller passes (before defaults are applied). */
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = z.input<Def<F, A>['input']>;
/** What the action returns. */
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = z.output<Def<F, A>['output']>;
/** What a handler receives after validation. */
export type ParsedInput<F extends FunctionName, A extends ActionName<F>> = z.output<Def<F, A>['input']>;

export const isFunctionName = (name: string): name is FunctionName => Object.hasOwn(apiMap, name);
