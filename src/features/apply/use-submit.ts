import type { ApplicationView } from '../../../types/models/application';
import { call } from '../../services/api-client';
import { useAction } from '../../services/use-action';
import { askToSubscribe } from './ask-to-subscribe';
import { toAddress } from './address-form';
import { effectiveResidence, newIdempotencyKey, type ApplyDraft } from './draft-store';

interface Deps {
  draft: ApplyDraft;
  seasonId?: string;
  update: (patch: Partial<ApplyDraft>) => ApplyDraft;
}

/**
 * Submits the draft. The idempotency key is created on the first tap and stored in the draft before the
 * request goes out, so a retry after a timeout or a reload sends the same key and cannot apply twice.
 * In the weapp the parent is first asked to subscribe to the application's messages (never blocking).
 */
export function useSubmit({ draft, seasonId, update }: Deps) {
  const { run, busy, error } = useAction();

  const submit = async (): Promise<ApplicationView | undefined> => {
    const hukou = toAddress(draft.hukouAddress);
    const residence = toAddress(effectiveResidence(draft));
    const { child, school } = draft;
    if (!seasonId || !child || !school || !hukou || !residence || busy) return undefined;
    const key = draft.idempotencyKey ?? update({ idempotencyKey: newIdempotencyKey() }).idempotencyKey;
    // `run` starts the work synchronously, so the subscribe prompt is still inside the tap (WeChat's rule).
    return run(async () => {
      await askToSubscribe();
      return call('enroll', 'submit', {
        seasonId,
        childId: child.id,
        stage: draft.stage,
        hukouAddress: hukou,
        residenceAddress: residence,
        basis: draft.basis,
        schoolId: school.id,
        ...(draft.verificationId ? { verificationId: draft.verificationId } : {}),
        idempotencyKey: key ?? newIdempotencyKey(),
      });
    });
  };

  return { submit, busy, error };
}
