import { newId } from '../../lib/new-id';
import type { Notifier, OutgoingMessage } from '../../lib/ports/notifier';
import type { Store } from '../../lib/ports/store';

/**
 * The half of every Notifier that is the same everywhere: the message becomes an in-app message and a
 * pending outbox entry, in the store (transaction) the producer passes.
 */
export const writeToOutbox: Notifier['notify'] = async (tx: Store, m: OutgoingMessage) => {
  await tx.messages.insert({
    id: newId('msg'),
    userId: m.userId,
    kind: m.kind,
    title: m.title,
    body: m.body,
    ...(m.applicationId ? { applicationId: m.applicationId } : {}),
    ...(m.appNo ? { appNo: m.appNo } : {}),
    at: m.at,
    status: 'pending',
    attempts: 0,
  });
};
