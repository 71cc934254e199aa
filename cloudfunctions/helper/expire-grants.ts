import type { Handler } from '../lib/handler';
import type { Ports } from '../lib/ports/ports';
import type { HelperGrantRecord } from '../lib/ports/records';
import { grantMessage } from './grant-messages';

/**
 * Records the grants whose deadline has passed and tells each parent. Reads never wait for this (a grant
 * past its deadline is refused at once); it exists so that the parent hears of the end. Each grant ends in
 * its own transaction, guarded by the status, so a revocation at the same moment wins cleanly.
 */
export const runGrantExpiry = async (ports: Ports, limit: number): Promise<{ expired: number }> => {
  const now = ports.clock.now();
  const at = now.toISOString();
  let expired = 0;
  for (const due of await ports.store.helperGrants.listDue(at, limit)) {
    const next: HelperGrantRecord = { ...due, status: 'expired', endedAt: due.expiresAt };
    const done = await ports.store.transaction(async (tx) => {
      if (!(await tx.helperGrants.update(next, 'active'))) return false;
      await tx.audit.append({
        at,
        actorId: null,
        role: null,
        action: 'helper.expire',
        targetType: 'helper_grant',
        targetId: next.id,
        detail: { helperId: next.helperId },
      });
      await ports.notifier.notify(tx, grantMessage('expired', next, at));
      return true;
    });
    if (done) expired += 1;
  }
  return { expired };
};

export const expireGrants: Handler<'helper', 'expireGrants'> = async (_input, ctx) =>
  runGrantExpiry(ctx.ports, 500);
