import type { DeliveryReport } from '../../types';
import type { Ports } from '../lib/ports/ports';

/** After this many failed attempts a message is `failed`: it stays readable in the app, WeChat gives up. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/**
 * Works through the outbox, oldest first: each pending message goes to the Notifier's deliverer once per
 * run. Run by the `deliver` timer in production, on an interval by the local server, and by an admin.
 * Two runs at the same moment could send a card twice (WeChat has no idempotency key); the timer's
 * period keeps runs apart, and a duplicate card is the lesser harm than a lost one.
 */
export const runDelivery = async (ports: Ports, limit: number): Promise<DeliveryReport> => {
  const { store, notifier } = ports;
  const report: DeliveryReport = { checked: 0, sent: 0, inAppOnly: 0, skipped: 0, retrying: 0, failed: 0 };
  for (const m of await store.messages.listPending(limit)) {
    report.checked += 1;
    const result = await notifier.deliver(m, await store.users.get(m.userId));
    const at = ports.clock.now().toISOString();
    if (result.outcome === 'sent') {
      await store.messages.markSent(m.id, at, result.channel);
      if (result.channel === 'wechat') report.sent += 1;
      else report.inAppOnly += 1;
    } else if (result.outcome === 'skipped') {
      await store.messages.markSkipped(m.id, at, result.reason);
      report.skipped += 1;
    } else {
      const final = m.attempts + 1 >= MAX_DELIVERY_ATTEMPTS;
      await store.messages.markFailed(m.id, result.error, final);
      if (final) report.failed += 1;
      else report.retrying += 1;
    }
  }
  return report;
};
