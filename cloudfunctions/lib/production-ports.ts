import tcb from '@cloudbase/node-sdk';
import { createNodeFieldCrypto } from '../adapters/crypto/node-field-crypto';
import { createCloudbaseFiles } from '../adapters/files/cloudbase-files';
import { createWechatSubscribeNotifier } from '../adapters/notifier/wechat-subscribe';
import { nodeSdkSubscribeClient } from '../adapters/notifier/wx-subscribe-client';
import type { CloudbaseDb } from '../adapters/store/cloudbase/cloudbase-db';
import { openCloudbaseStore } from '../adapters/store/cloudbase/open-cloudbase-store';
import { cloudbaseTicketSessions } from '../adapters/sessions/cloudbase-ticket-sessions';
import { noTokens } from '../adapters/tokens/no-tokens';
import { systemClock } from './ports/clock';
import type { Ports } from './ports/ports';
import type { Departments } from './ports/departments';
import { loadProductionConfig, type ProductionConfig } from './production-config';

/** How a function reaches the departments, if it does (only `verify` asks them). */
export type DepartmentsFactory = (config: ProductionConfig['departments']) => Departments;

/**
 * The departments port of a function that never asks them. Only `verify` imports the gateway (signing,
 * retries, breaker): the other bundles stay smaller and load faster. Reaching this is a wiring bug.
 */
const departmentsNotWired: DepartmentsFactory = () => ({
  check: () => Promise.reject(new Error('this function does not ask the departments (only verify does)')),
});

/**
 * Production wiring, built once per warm instance by the cloud entry. A bad configuration throws one
 * error naming every variable to fix; the entry logs it and answers the calm INTERNAL.ERROR envelope.
 */
export const productionPortsWith =
  (departments: DepartmentsFactory) =>
  async (env: Record<string, string | undefined> = process.env): Promise<Ports> => {
    const config = loadProductionConfig(env);
    const app = tcb.init({
      // Inside CloudBase without TCB_ENV, the environment the function runs in.
      env: config.env ?? tcb.SYMBOL_CURRENT_ENV,
      ...(config.credentials ?? {}),
      // Only for `auth().createTicket` (staff web login): the SDK signs custom-login tickets with it.
      ...(config.customLoginKey ? { credentials: config.customLoginKey } : {}),
    });
    // The SDK's typings come through a nested copy of @cloudbase/database: the adapters name what they use.
    const db = app.database() as unknown as CloudbaseDb;
    return {
      store: openCloudbaseStore(db, { prefix: config.collectionPrefix }),
      crypto: createNodeFieldCrypto(config.keys),
      clock: systemClock,
      tokens: noTokens,
      staffSessions: cloudbaseTicketSessions(config.customLoginKey ? app.auth() : null),
      departments: departments(config.departments),
      files: createCloudbaseFiles(app, db, config.collectionPrefix),
      notifier: createWechatSubscribeNotifier(nodeSdkSubscribeClient(app), config.subscribe),
      mode: 'production',
    };
  };

/** Every function but `verify`. */
export const productionPorts = productionPortsWith(departmentsNotWired);
