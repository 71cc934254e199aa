import type { Store } from '../../../lib/ports/store';
import { applicationsRepo } from './applications-repo';
import { auditRepo } from './audit-repo';
import { catalogRepo } from './catalog-repo';
import { childrenRepo } from './children-repo';
import type { CloudbaseDb } from './cloudbase-db';
import { countersRepo } from './counters-repo';
import { drawsRepo } from './draws-repo';
import { helperGrantsRepo, helperProfilesRepo } from './helpers-repo';
import { consentsRepo, guardiansRepo, staffCredentialsRepo, usersRepo } from './identity-repos';
import { messagesRepo } from './messages-repo';
import { registrationsRepo } from './registrations-repo';
import { baseScope, transactionScope, type Scope } from './scope';
import { runTransaction } from './run-transaction';
import { verificationsRepo } from './verifications-repo';

export interface CloudbaseStoreOptions {
  /** Prepended to every collection name; empty in production, unique per run in live tests. */
  prefix?: string;
}

const repos = (s: Scope): Omit<Store, 'transaction' | 'close'> => ({
  users: usersRepo(s),
  consents: consentsRepo(s),
  guardians: guardiansRepo(s),
  children: childrenRepo(s),
  verifications: verificationsRepo(s),
  applications: applicationsRepo(s),
  registrations: registrationsRepo(s),
  counters: countersRepo(s),
  catalog: catalogRepo(s),
  draws: drawsRepo(s),
  messages: messagesRepo(s),
  helperProfiles: helperProfilesRepo(s),
  helperGrants: helperGrantsRepo(s),
  staffCredentials: staffCredentialsRepo(s),
  audit: auditRepo(s),
});

/**
 * The Store on a CloudBase database: pass `tcb.init(...).database()`. Collections must exist (see
 * `npm run deploy:indexes`). Inside `transaction(fn)`, `fn` gets a Store whose repositories use the
 * transaction's collections; a nested `transaction` joins the outer one.
 */
export const openCloudbaseStore = (db: CloudbaseDb, options: CloudbaseStoreOptions = {}): Store => {
  const prefix = options.prefix ?? '';
  const txStore = (s: Scope): Store => ({
    ...repos(s),
    transaction: (fn) => fn(txStore(s)),
    close: async () => undefined,
  });
  return {
    ...repos(baseScope(db, prefix)),
    transaction: (fn) => runTransaction(db, (t) => fn(txStore(transactionScope(db, prefix, t)))),
    close: async () => undefined,
  };
};
