import type { Stage } from '../../../types/common';
import type { Address } from '../../../types/models/address';
import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

export const useZoneMatch = (stage: Stage, address: Address | undefined) =>
  useApi(
    () => (address ? call('catalog', 'matchZone', { stage, address }) : Promise.resolve(undefined)),
    [stage, JSON.stringify(address)],
    { skip: !address },
  );
