import { useRef, useState } from 'react';
import type { ApiError } from './api-error';
import { toApiError } from './api-error';

/**
 * Busy and error state for one write the user triggers (submit, add, log in). A second tap while the
 * first is running is ignored, so a double tap never sends the write twice.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const running = useRef(false);

  const run = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      return await work();
    } catch (e) {
      setError(toApiError(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return { run, busy, error, setError };
}
