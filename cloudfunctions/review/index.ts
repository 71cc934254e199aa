import { reviewApi } from '../../types';
import { createFunctionMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { reviewHandlers } from './handlers';

/** CloudBase entry of the `review` function (its bundle carries only its own contracts and handlers): routing, roles and validation live in dispatch. */
export const main = createFunctionMain('review', reviewApi, reviewHandlers, productionPorts);
