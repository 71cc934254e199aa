import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

export const useAddressOptions = () => useApi(() => call('catalog', 'addressOptions', {}), []);
