import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

/** The parent's applications that were in a drawn draw (main package: no lottery code needed here). */
export const useMyDraws = (skip: boolean) =>
  useApi(() => call('lottery', 'myDraw', {}), [], { skip, refreshOnShow: true });
