import { createCloudMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { registry } from '../registry';
import { runRecheck } from './recheck';

/** CloudBase entry of the `verify` function; the `recheck` timer trigger completes 待核验 applications. */
export const main = createCloudMain('verify', registry, productionPorts, {
  recheck: (ports) => runRecheck(ports, 200),
});
