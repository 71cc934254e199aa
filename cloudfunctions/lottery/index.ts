import { createCloudMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { lotteryHandlers } from './handlers';

/** CloudBase entry of the `lottery` function (its bundle carries only these handlers): routing, roles and validation live in dispatch. */
export const main = createCloudMain('lottery', { lottery: lotteryHandlers }, productionPorts);
