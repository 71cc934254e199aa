import type { MessageKind } from '../../../types';
import type { MessageRecord, UserRecord } from './records';
import type { Store } from './store';

/** A message as a producer states it (title and body in Chinese, for the parent). */
export interface OutgoingMessage {
  userId: string;
  kind: MessageKind;
  title: string;
  body: string;
  applicationId?: string;
  appNo?: string;
  at: string;
}

/** What one delivery attempt came to; the deliverer turns it into the outbox state. */
export type DeliveryOutcome =
  | { outcome: 'sent'; channel: 'wechat' | 'in_app' }
  /** Never to be retried: the parent has not subscribed (43101), has no WeChat identity, or no template. */
  | { outcome: 'skipped'; reason: string }
  /** Worth another try later (network, quota, a platform error). */
  | { outcome: 'failed'; error: string };

/**
 * The Notifier port. `notify` writes the message into the outbox of the store it is given: pass the
 * transaction's store, so that the message lands with the change it reports or not at all. `deliver`
 * sends one outbox entry outside the app: production through WeChat subscribe messages
 * (adapters/notifier/wechat-subscribe.ts), locally nowhere (adapters/notifier/outbox-only.ts).
 */
export interface Notifier {
  notify(tx: Store, message: OutgoingMessage): Promise<void>;
  deliver(message: MessageRecord, recipient: UserRecord | null): Promise<DeliveryOutcome>;
}
