import type { Notifier } from '../../lib/ports/notifier';
import { writeToOutbox } from './outbox';

/**
 * The one-machine Notifier: there is no WeChat to reach, so delivery only confirms that the message is in
 * the parent's in-app message centre (it already is, since `notify`) and closes its outbox entry.
 */
export const createOutboxOnlyNotifier = (): Notifier => ({
  notify: writeToOutbox,
  deliver: async () => ({ outcome: 'sent', channel: 'in_app' }),
});
