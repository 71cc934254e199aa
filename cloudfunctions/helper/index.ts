import { helperApi } from '../../types';
import { createFunctionMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { runGrantExpiry } from './expire-grants';
import { helperHandlers } from './handlers';

/**
 * CloudBase entry of the `helper` function (its bundle carries only its own contracts and handlers). The `expireGrants`
 * timer tells parents when an authorisation has run out; reads refuse an expired grant without it.
 */
export const main = createFunctionMain('helper', helperApi, helperHandlers, productionPorts, {
  expireGrants: (ports) => runGrantExpiry(ports, 500),
});
