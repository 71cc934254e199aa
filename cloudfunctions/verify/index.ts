import { verifyApi } from '../../types';
import { createFunctionMain } from '../lib/cloud-entry';
import { createDepartmentGateway } from '../adapters/departments/gateway';
import { productionPortsWith } from '../lib/production-ports';
import { verifyHandlers } from './handlers';
import { runRecheck } from './recheck';

/** CloudBase entry of the `verify` function (its bundle carries only its own contracts and handlers); the `recheck` timer trigger completes 待核验 applications. */
export const main = createFunctionMain(
  'verify',
  verifyApi,
  verifyHandlers,
  productionPortsWith(createDepartmentGateway),
  {
    recheck: (ports) => runRecheck(ports, 200),
  },
);
