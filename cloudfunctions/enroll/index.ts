import { createCloudMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { enrollHandlers } from './handlers';

/** CloudBase entry of the `enroll` function (its bundle carries only these handlers): routing, roles and validation live in dispatch. */
export const main = createCloudMain('enroll', { enroll: enrollHandlers }, productionPorts);
