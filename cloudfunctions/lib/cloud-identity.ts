import { getCloudbaseContext } from '@cloudbase/node-sdk';
import type { IdentityInput } from './resolve-caller';

/** The invocation context SCF passes as `main`'s second argument (the SDK reads `environment` from it). */
export type ScfContext = Parameters<typeof getCloudbaseContext>[0];

export interface CloudIdentity {
  identity: IdentityInput;
  /** True when the platform names an end user of any kind: such a call can never be a timer trigger. */
  fromEndUser: boolean;
}

/**
 * Who is calling, from what the platform put into the invocation's context: the same values
 * `app.auth().getUserInfo()` returns (`TCB_CUSTOM_USER_ID`, `WX_OPENID`, `TCB_UUID`), read through the SDK
 * with the invocation's own context taking precedence over process.env.
 *
 * - A custom user id: a staff member signed in at the web console with our ticket. Nothing from the
 *   event is used then: a browser writes the event, and could put any `userInfo` into it.
 * - An openid: a mini-program call (wx-server-sdk reads the same variable).
 * - A CloudBase user without either (an anonymous web login): no identity, again ignoring the event.
 * - None of these: the mini-program's injected `event.userInfo.openId`, as before.
 */
export const readCloudIdentity = (
  event: { userInfo?: { openId?: string } },
  context?: ScfContext,
): CloudIdentity => {
  let platform: { TCB_CUSTOM_USER_ID?: string; WX_OPENID?: string; TCB_UUID?: string } = {};
  try {
    platform = getCloudbaseContext(context);
  } catch {
    // A malformed context object (only in tests or a local call) names nobody.
  }
  const customUserId = platform.TCB_CUSTOM_USER_ID?.trim();
  const wxOpenid = platform.WX_OPENID?.trim();
  const uid = platform.TCB_UUID?.trim();
  if (customUserId) return { identity: { customUserId }, fromEndUser: true };
  if (wxOpenid) return { identity: { openid: wxOpenid }, fromEndUser: true };
  if (uid) return { identity: {}, fromEndUser: true };
  const openid = event.userInfo?.openId;
  return { identity: openid ? { openid } : {}, fromEndUser: Boolean(openid) };
};
