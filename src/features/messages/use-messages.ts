import type { MessageView } from '../../../types/models/message';
import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

/** The parent's messages, newest first (the server's order), fresh whenever the page shows again. */
export const useMessages = (skip: boolean) =>
  useApi(() => call('notify', 'listMine', {}), [], { skip, refreshOnShow: true });

export const markRead = (message: MessageView) => call('notify', 'markRead', { messageId: message.id });
