import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

/** The current season (id, age rules), from the home content. */
export const useSeason = () => {
  const home = useApi(() => call('catalog', 'home', {}), []);
  return { ...home, season: home.data?.season };
};
