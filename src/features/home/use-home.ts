import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

export const useHome = () => useApi(() => call('catalog', 'home', {}), []);
