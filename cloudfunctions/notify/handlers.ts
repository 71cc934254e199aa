import type { MessageView } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handlers } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { MessageRecord } from '../lib/ports/records';
import { runDelivery } from './deliver';

/** Whitelisted: the outbox bookkeeping (attempts, errors, channel) is staff business, not the family's. */
const toMessageView = (m: MessageRecord): MessageView => ({
  id: m.id,
  kind: m.kind,
  title: m.title,
  body: m.body,
  ...(m.applicationId ? { applicationId: m.applicationId } : {}),
  ...(m.appNo ? { appNo: m.appNo } : {}),
  at: m.at,
  read: Boolean(m.readAt),
});

export const notifyHandlers: Handlers<'notify'> = {
  async listMine(input, ctx) {
    const messages = await ctx.ports.store.messages.listForUser(requireCaller(ctx).userId, input.limit);
    return messages.map(toMessageView);
  },
  async markRead(input, ctx) {
    const { userId } = requireCaller(ctx);
    const { messages } = ctx.ports.store;
    // Another family's message is "not found", never "forbidden": ids reveal nothing.
    if (!(await messages.markRead(userId, input.messageId, ctx.now.toISOString())))
      throw new AppError('NOT_FOUND.MESSAGE');
    const m = await messages.get(input.messageId);
    if (!m) throw new AppError('NOT_FOUND.MESSAGE');
    return toMessageView(m);
  },
  async deliver(input, ctx) {
    return runDelivery(ctx.ports, input.limit);
  },
};
