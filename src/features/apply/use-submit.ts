import { useState } from 'react';
import type { ApplicationView } from '../../../types/models/application';
import { call } from '../../services/api-client';
import type { ApiError } from '../../services/api-error';
import { toApiError } from '../../services/api-error';
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
 */
export function useSubmit({ draft, seasonId, update }: Deps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (): Promise<ApplicationView | undefined> => {
    const hukou = toAddress(draft.hukouAddress);
    const residence = toAddress(effectiveResidence(draft));
    if (!seasonId || !draft.child || !draft.school || !hukou || !residence || busy) return undefined;
    const key = draft.idempotencyKey ?? update({ idempotencyKey: newIdempotencyKey() }).idempotencyKey;
    setBusy(true);
    setError(undefined);
    try {
      return await call('enroll', 'submit', {
        seasonId,
        childId: draft.child.id,
        stage: draft.stage,
        hukouAddress: hukou,
        residenceAddress: residence,
        basis: draft.basis,
        schoolId: draft.school.id,
        ...(draft.verificationId ? { verificationId: draft.verificationId } : {}),
        idempotencyKey: key ?? newIdempotencyKey(),
      });
    } catch (e) {
      setError(toApiError(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  return { submit, busy, error };
}
