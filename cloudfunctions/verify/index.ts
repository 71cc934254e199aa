import { verifyApi } from '../../types';
import { createFunctionMain } from '../lib/cloud-entry';
import { productionPorts } from '../lib/production-ports';
import { verifyHandlers } from './handlers';
import { runRecheck } from './recheck';

/** CloudBase entry of the `verify` function (its bundle carries only its own contracts and handlers); the `recheck` timer trigger completes 待核验 applications. */
export const main = createFunctionMain('verify', verifyApi, verifyHandlers, productionPorts, {
  recheck: (ports) => runRecheck(ports, 200),
});
