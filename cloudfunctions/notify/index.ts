import { notifyApi } from '../../types';
import { createFunctionMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { runDelivery } from './deliver';
import { notifyHandlers } from './handlers';

/** CloudBase entry of the `notify` function; the `deliver` timer trigger sends the outbox as subscribe messages. */
export const main = createFunctionMain('notify', notifyApi, notifyHandlers, productionPorts, {
  deliver: (ports) => runDelivery(ports, 200),
});
