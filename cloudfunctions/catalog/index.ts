import { createCloudMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { catalogHandlers } from './handlers';

/** CloudBase entry of the `catalog` function (its bundle carries only these handlers): routing, roles and validation live in dispatch. */
export const main = createCloudMain('catalog', { catalog: catalogHandlers }, productionPorts);
