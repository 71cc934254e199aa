import { createCloudMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { registry } from '../registry';

/** CloudBase entry of the `review` function: routing, roles and validation live in dispatch. */
export const main = createCloudMain('review', registry, productionPorts);
