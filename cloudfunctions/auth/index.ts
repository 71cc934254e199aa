import { createCloudMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { registry } from '../registry';

/** CloudBase entry of the `auth` function: routing, roles and validation live in dispatch. */
export const main = createCloudMain('auth', registry, productionPorts);
