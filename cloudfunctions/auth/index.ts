import { authApi } from '../../types';
import { createFunctionMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { authHandlers } from './handlers';

/** CloudBase entry of the `auth` function (its bundle carries only its own contracts and handlers): routing, roles and validation live in dispatch. */
export const main = createFunctionMain('auth', authApi, authHandlers, productionPorts);
