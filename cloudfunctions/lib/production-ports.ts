import type { Ports } from './ports/ports';

/**
 * Production wiring, chosen from configuration at cold start. The CloudBase Store, Files and
 * Notifier adapters are built by the "Production on CloudBase" issue; until they exist a deployed
 * function answers with this clear configuration error instead of pretending to work.
 */
export const productionPorts = async (): Promise<Ports> => {
  throw new Error(
    'Production adapters are not configured: the CloudBase Store adapter is not built yet ' +
      '(see the issue "Production on CloudBase"). For one machine, run `npm start` (server/).',
  );
};
