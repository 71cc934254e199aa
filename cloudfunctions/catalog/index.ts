import { createCloudMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { registry } from '../registry';

/** CloudBase entry of the `catalog` function: routing, roles and validation live in dispatch. */
export const main = createCloudMain('catalog', registry, productionPorts);
