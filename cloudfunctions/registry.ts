import { authHandlers } from './auth/handlers';
import { catalogHandlers } from './catalog/handlers';
import { enrollHandlers } from './enroll/handlers';
import { helperHandlers } from './helper/handlers';
import type { Registry } from './lib/handler';
import { lotteryHandlers } from './lottery/handlers';
import { notifyHandlers } from './notify/handlers';
import { reviewHandlers } from './review/handlers';
import { verifyHandlers } from './verify/handlers';

/** Every deployed function's handlers; the type forces one handler per action of the API map. */
export const registry: Registry = {
  auth: authHandlers,
  catalog: catalogHandlers,
  enroll: enrollHandlers,
  helper: helperHandlers,
  lottery: lotteryHandlers,
  notify: notifyHandlers,
  review: reviewHandlers,
  verify: verifyHandlers,
};
