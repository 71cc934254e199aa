import type { CloudbaseWeb } from './cloudbase-web';
import type { Transport } from './transport';

let web: Promise<CloudbaseWeb> | undefined;

/**
 * The js-sdk is loaded on first use, as its own chunk. The condition is constant at build time, so webpack
 * drops the import from every build but an H5 one with WEB_CLOUD_ENV: the mini-program and the local H5
 * never contain the SDK.
 */
const cloudbaseWeb = (): Promise<CloudbaseWeb> => {
  // The import must sit inside the constant branch: webpack drops a dead branch's dependencies, but not
  // code that merely follows an early return.
  if (process.env.TARO_ENV === 'h5' && WEB_CLOUD_ENV) {
    web ??= Promise.all([
      import(/* webpackChunkName: "cloudbase-js-sdk" */ '@cloudbase/js-sdk'),
      import(/* webpackChunkName: "cloudbase-js-sdk" */ './cloudbase-web'),
    ]).then(([sdk, { createCloudbaseWeb }]) => createCloudbaseWeb(sdk.default, WEB_CLOUD_ENV));
    return web;
  }
  return Promise.reject(new Error('this build has no CloudBase web login (H5_TCB_ENV was empty)'));
};

/** H5 staff console on CloudBase: `app.callFunction`, identity from the CloudBase login state. */
export const cloudbaseTransport: Transport = async (fn, action, data) =>
  (await cloudbaseWeb()).call(fn, action, data);

export const signInWithTicket = async (ticket: string): Promise<void> =>
  (await cloudbaseWeb()).signInWithTicket(ticket);

export const signOutOfCloudbase = async (): Promise<void> => (await cloudbaseWeb()).signOut();
