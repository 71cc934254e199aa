import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

export const usePolicies = () => useApi(() => call('catalog', 'listPolicies', {}), []);
export const usePolicy = (policyId: string) =>
  useApi(() => call('catalog', 'getPolicy', { policyId }), [policyId]);
export const useFaq = () => useApi(() => call('catalog', 'listFaq', {}), []);
