import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from './api-error';
import { toApiError } from './api-error';

export interface ApiState<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  reload: () => Promise<void>;
}

interface Options {
  /** Do not load (yet), e.g. while the user still has to log in. */
  skip?: boolean;
  /** Load again whenever the page comes back into view (lists that other pages change). */
  refreshOnShow?: boolean;
}

/** Loading / error / data for one read; the latest request wins when several overlap. */
export function useApi<T>(load: () => Promise<T>, deps: unknown[], options: Options = {}): ApiState<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({
    loading: !options.skip,
  });
  const latest = useRef(0);
  const shown = useRef(false);
  const stableLoad = useCallback(load, deps);

  const reload = useCallback(async () => {
    const id = ++latest.current;
    setState((s) => ({ data: s.data, loading: true }));
    try {
      const data = await stableLoad();
      if (id === latest.current) setState({ data, loading: false });
    } catch (error) {
      if (id === latest.current) setState({ error: toApiError(error), loading: false });
    }
  }, [stableLoad]);

  useEffect(() => {
    if (!options.skip) void reload();
  }, [reload, options.skip]);

  useDidShow(() => {
    // The first show is the mount, which already loads.
    if (shown.current && options.refreshOnShow && !options.skip) void reload();
    shown.current = true;
  });

  return { ...state, reload };
}
