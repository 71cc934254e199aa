import { createCloudMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { reviewHandlers } from './handlers';

/** CloudBase entry of the `review` function (its bundle carries only these handlers): routing, roles and validation live in dispatch. */
export const main = createCloudMain('review', { review: reviewHandlers }, productionPorts);
