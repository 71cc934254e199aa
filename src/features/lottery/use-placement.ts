import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

/** The console's season map (staff only): reloaded whenever the page comes back from a ceremony. */
export const usePlacementOverview = (skip: boolean) =>
  useApi(() => call('lottery', 'overview', {}), [], { skip, refreshOnShow: true });
