import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../types/api/api-map';
import { ApiError } from './api-error';
import { goToLogin } from './require-login';
import { usesTokens, usesWebLogin } from './session';
import type { Transport } from './transport';
import { cloudTransport } from './transport-cloud';
import { cloudbaseTransport } from './transport-cloudbase';
import { httpTransport } from './transport-http';

// Three transports, chosen at build time: WeChat's callFunction, CloudBase's js-sdk for the H5 staff console
// built with H5_TCB_ENV, and the local server's HTTP API for every other browser build.
const transport: Transport =
  process.env.TARO_ENV === 'weapp' ? cloudTransport : usesWebLogin() ? cloudbaseTransport : httpTransport;

/**
 * Calls one backend action, typed from the API map. Resolves with the action's output, or throws an
 * `ApiError` whose message is Chinese and ready to show. A 401 clears the session and goes to login.
 */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: ActionInput<F, A>,
): Promise<ActionOutput<F, A>> {
  const envelope = await transport(fn, action, input);
  if (envelope.ok) return envelope.data as ActionOutput<F, A>;
  const { code, message, issues } = envelope.error;
  if (code === 'AUTH.UNAUTHENTICATED' && usesTokens()) goToLogin();
  throw new ApiError(code, message, issues);
}
