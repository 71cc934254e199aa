import { lotteryApi } from '../../types';
import { createFunctionMain } from '../lib/cloud-entry';
import type { Ports } from '../lib/ports/ports';
import { productionPorts } from '../lib/production-ports';
import { expireOffers } from './expire-offers';
import { lotteryHandlers } from './handlers';

/**
 * CloudBase entry of the `lottery` function (its bundle carries only its own contracts and handlers): routing, roles and
 * validation live in dispatch. The `expireOffers` timer lapses waitlist offers past their 72-hour deadline
 * and passes the seats on, so a family that never answers does not hold the next one back until an admin
 * happens to press the button.
 */
export const lotteryTimers = {
  expireOffers: (ports: Ports) => expireOffers(ports, ports.clock.now()),
};

export const main = createFunctionMain(
  'lottery',
  lotteryApi,
  lotteryHandlers,
  productionPorts,
  lotteryTimers,
);
