import { createCloudMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { authHandlers } from './handlers';

/** CloudBase entry of the `auth` function (its bundle carries only these handlers): routing, roles and validation live in dispatch. */
export const main = createCloudMain('auth', { auth: authHandlers }, productionPorts);
