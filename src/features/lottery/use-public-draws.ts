import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

/** Public reads (no login): the season's draws, and one draw's published content. */
export const usePublicDraws = () =>
  useApi(() => call('lottery', 'listPublic', {}), [], { refreshOnShow: true });

export const useDrawRecord = (drawId: string) =>
  useApi(() => call('lottery', 'getRecord', { drawId }), [drawId]);
