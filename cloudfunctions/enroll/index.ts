import { createCloudMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { registry } from '../registry';

/** CloudBase entry of the `enroll` function: routing, roles and validation live in dispatch. */
export const main = createCloudMain('enroll', registry, productionPorts);
