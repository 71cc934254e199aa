import { useCallback, useEffect, useState } from 'react';
import type { DepartmentKind } from '../../../types/models/department-facts';
import type { VerificationView } from '../../../types/models/verification';
import type { ApiError } from '../../services/api-error';
import { toApiError } from '../../services/api-error';
import { confirmVerification, getVerification, startVerification } from './verify-api';

interface Args {
  seasonId?: string;
  childId?: string;
  /** A verification this draft already has: shown again instead of asking every department anew. */
  knownId?: string;
}

/**
 * The 一键核 page's state. It first asks without the guardian's ID number (the server keeps it after
 * the first time) and shows the field only when the server answers GUARDIAN.ID_REQUIRED.
 */
export function useVerification({ seasonId, childId, knownId }: Args) {
  const [view, setView] = useState<VerificationView>();
  const [needsGuardianId, setNeedsGuardianId] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const run = useCallback(async (task: () => Promise<VerificationView>) => {
    setBusy(true);
    setError(undefined);
    try {
      const next = await task();
      setView(next);
      setNeedsGuardianId(false);
      return next;
    } catch (e) {
      const err = toApiError(e);
      if (err.code === 'GUARDIAN.ID_REQUIRED') setNeedsGuardianId(true);
      else setError(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const start = useCallback(
    (guardianIdNumber?: string) =>
      seasonId && childId ? run(() => startVerification(seasonId, childId, guardianIdNumber)) : undefined,
    [run, seasonId, childId],
  );

  useEffect(() => {
    if (!seasonId || !childId) return;
    void run(async () => {
      const known = knownId ? await getVerification(knownId).catch(() => undefined) : undefined;
      return known && known.childId === childId ? known : startVerification(seasonId, childId);
    });
    // Once per child: later changes come from the parent's own actions.
  }, [seasonId, childId]);

  const confirm = (disputed: DepartmentKind[]) =>
    view ? run(() => confirmVerification(view.id, disputed)) : undefined;

  return { view, setView, needsGuardianId, busy, error, start, confirm };
}
