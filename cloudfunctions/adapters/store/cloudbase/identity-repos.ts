import type {
  ConsentRecord,
  GuardianIdentityRecord,
  StaffCredentialRecord,
  UserRecord,
} from '../../../lib/ports/records';
import {
  DuplicateKeyError,
  type ConsentRepo,
  type GuardianIdentityRepo,
  type StaffCredentialRepo,
  type UserRepo,
} from '../../../lib/ports/store';
import { isDuplicateWrite } from './cloudbase-errors';
import { fromDoc, readDoc } from './documents';
import type { Scope } from './scope';
import { insertWithKey, keyOwner } from './unique-keys';

const SUBJECT = 'users.subject';

/** Accounts are keyed by id; one account per (provider, subject) is a unique key document. */
export const usersRepo = (s: Scope): UserRepo => {
  const get = async (id: string) => fromDoc<UserRecord>(await readDoc(s.coll('users').doc(id)));
  return {
    get,
    findBySubject: async (provider, subject) => {
      const owner = await keyOwner(s, SUBJECT, [provider, subject]);
      return owner ? get(owner) : null;
    },
    insert: (u) =>
      insertWithKey(s, 'users', u.id, u, { constraint: SUBJECT, parts: [u.provider, u.subject] }),
    // The subject key document stays as it is: provider and subject never change.
    update: async (u) => {
      await s.coll('users').doc(u.id).set(u);
    },
  };
};

/** Keyed by the account id and replaced on every put, like the guardians' identities. */
export const staffCredentialsRepo = (s: Scope): StaffCredentialRepo => ({
  get: async (userId) =>
    fromDoc<StaffCredentialRecord>(await readDoc(s.coll('staff_credentials').doc(userId))),
  put: async (c) => {
    await s.coll('staff_credentials').doc(c.userId).set(c);
  },
});

const consentId = (userId: string, version: string) =>
  `${encodeURIComponent(userId)}:${encodeURIComponent(version)}`;

/** `_id = userId:version`: accepting again finds the first acceptance and keeps it. */
export const consentsRepo = (s: Scope): ConsentRepo => {
  const get = async (userId: string, version: string) =>
    fromDoc<ConsentRecord>(await readDoc(s.coll('consents').doc(consentId(userId, version))));
  return {
    get,
    record: async (c) => {
      const existing = await get(c.userId, c.version);
      if (existing) return existing;
      try {
        await s.coll('consents').add({ ...c, _id: consentId(c.userId, c.version) });
        return c;
      } catch (e) {
        // A concurrent acceptance landed between the read and the add: the first one stands. (Inside a
        // transaction the failed write has aborted it, so the error must reach the caller.)
        if (!isDuplicateWrite(e)) throw e;
        if (s.inTransaction) throw new DuplicateKeyError('consents');
        return (await get(c.userId, c.version)) ?? c;
      }
    },
  };
};

/** One identity per guardian, keyed by the user id and replaced on every put. */
export const guardiansRepo = (s: Scope): GuardianIdentityRepo => ({
  get: async (userId) => fromDoc<GuardianIdentityRecord>(await readDoc(s.coll('guardians').doc(userId))),
  put: async (g) => {
    await s.coll('guardians').doc(g.userId).set(g);
  },
});
