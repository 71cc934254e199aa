import { useApi } from '../../services/use-api';
import { call } from '../../services/api-client';
import { getSessionUser, usesTokens } from '../../services/session';

/**
 * Unread messages for the home page's quick action. Only a parent has messages: locally that is the
 * signed-in role; inside WeChat anyone may be one, and a refusal just shows no count.
 */
export function useUnreadCount(): number | undefined {
  const parent = usesTokens() ? getSessionUser()?.role === 'parent' : true;
  const list = useApi(() => call('notify', 'listMine', {}), [], { skip: !parent, refreshOnShow: true });
  return list.data?.filter((m) => !m.read).length;
}
