import { enrollApi } from '../../types';
import { createFunctionMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { enrollHandlers } from './handlers';

/** CloudBase entry of the `enroll` function (its bundle carries only its own contracts and handlers): routing, roles and validation live in dispatch. */
export const main = createFunctionMain('enroll', enrollApi, enrollHandlers, productionPorts);
