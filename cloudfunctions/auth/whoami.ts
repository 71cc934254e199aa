import type { Handler } from '../lib/handler';
import { requireCaller } from '../lib/handler';

export const whoami: Handler<'auth', 'whoami'> = async (_input, ctx) => {
  const c = requireCaller(ctx);
  return { id: c.userId, role: c.role, name: c.name, ...(c.districtId ? { districtId: c.districtId } : {}) };
};
