import { catalogApi } from '../../types';
import { createFunctionMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { catalogHandlers } from './handlers';

/** CloudBase entry of the `catalog` function (its bundle carries only its own contracts and handlers): routing, roles and validation live in dispatch. */
export const main = createFunctionMain('catalog', catalogApi, catalogHandlers, productionPorts);
