import Taro from '@tarojs/taro';
import type { MessageView } from '../../../types/models/message';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { ROUTES } from '../../constants/routes';
import { MessageItem } from '../../features/messages/message-item';
import { markRead, useMessages } from '../../features/messages/use-messages';
import { toApiError } from '../../services/api-error';
import { useLoggedIn } from '../../services/require-login';
import { goTo } from '../../utils/navigate';

export default function MessagesPage() {
  const loggedIn = useLoggedIn();
  const list = useMessages(!loggedIn);

  // Mark read first (the list must not show it unread on return), then open the application if any.
  const open = async (m: MessageView) => {
    if (!m.read) {
      try {
        await markRead(m);
      } catch (e) {
        void Taro.showToast({ title: toApiError(e).message, icon: 'none' });
      }
    }
    if (m.applicationId) goTo(ROUTES.applications, { applicationId: m.applicationId });
    else if (m.kind === 'helper_access') goTo(ROUTES.helperGrants);
    else void list.reload();
  };

  return (
    <Page title="消息通知" subtitle="报名受理、核验、撤回与摇号结果的通知，最新的在前">
      <ErrorNotice error={list.error} onRetry={() => void list.reload()} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && list.data.length > 0 ? (
        <Card>
          {list.data.map((m) => (
            <MessageItem key={m.id} message={m} onOpen={(x) => void open(x)} />
          ))}
        </Card>
      ) : null}
      {list.data && list.data.length === 0 ? <EmptyState text="暂无消息" /> : null}
    </Page>
  );
}
