import type { RegistrationRepo } from '../../../lib/ports/store';
import { guardDuplicate } from './cloudbase-errors';
import { readDoc } from './documents';
import type { Scope } from './scope';

/** R1.4 as a document key: `_id = seasonId:childBlind`, so a second claim is a duplicate `_id`. */
const registrationId = (seasonId: string, childBlind: string) =>
  `${encodeURIComponent(seasonId)}:${encodeURIComponent(childBlind)}`;

export const registrationsRepo = (s: Scope): RegistrationRepo => ({
  claim: async (seasonId, childBlind, applicationId) => {
    await guardDuplicate('registrations', () =>
      s
        .coll('registrations')
        .add({ _id: registrationId(seasonId, childBlind), seasonId, childBlind, applicationId }),
    );
  },
  release: async (seasonId, childBlind, applicationId) => {
    const id = registrationId(seasonId, childBlind);
    if (!s.inTransaction) {
      // One conditional delete: only the holder releases, even against a concurrent re-claim.
      await s.coll('registrations').where({ _id: id, applicationId }).remove();
      return;
    }
    const ref = s.coll('registrations').doc(id);
    if ((await readDoc(ref))?.applicationId === applicationId) await ref.remove();
  },
  holder: async (seasonId, childBlind) => {
    const doc = await readDoc(s.coll('registrations').doc(registrationId(seasonId, childBlind)));
    return typeof doc?.applicationId === 'string' ? doc.applicationId : null;
  },
});
