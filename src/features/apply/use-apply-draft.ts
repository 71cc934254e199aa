import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { applyPatch, clearDraft, emptyDraft, loadDraft, saveDraft, type ApplyDraft } from './draft-store';

/** The apply draft, shared by the flow's pages through storage; re-read whenever a page shows again. */
export function useApplyDraft() {
  const [draft, setDraft] = useState<ApplyDraft>(loadDraft);

  useDidShow(() => setDraft(loadDraft()));

  const update = useCallback((patch: Partial<ApplyDraft>) => {
    // Read storage rather than state: another page of the flow may have written since this one rendered.
    const next = applyPatch(loadDraft(), patch);
    saveDraft(next);
    setDraft(next);
    return next;
  }, []);

  const reset = useCallback(() => {
    clearDraft();
    setDraft(emptyDraft());
  }, []);

  return { draft, update, reset };
}
