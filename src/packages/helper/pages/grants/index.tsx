import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { GrantView } from '../../../../../types/models/helper';
import { Card } from '../../../../components/card';
import { EmptyState } from '../../../../components/empty-state';
import { ErrorNotice } from '../../../../components/error-notice';
import { Loading } from '../../../../components/loading';
import { Page } from '../../../../components/page';
import { ForbiddenNotice, isForbidden } from '../../../../features/auth/forbidden-notice';
import { GrantForm } from '../../../../features/helpers/grant-form';
import { GrantList } from '../../../../features/helpers/grant-list';
import { revokeGrant, useMyGrants } from '../../../../features/helpers/use-helper-api';
import { toApiError } from '../../../../services/api-error';
import { useLoggedIn } from '../../../../services/require-login';

/** R6.3 for the parent: authorise a helper for a limited time, see every authorisation, revoke at once. */
export default function HelperGrantsPage() {
  const loggedIn = useLoggedIn();
  const grants = useMyGrants(!loggedIn);
  const [revoking, setRevoking] = useState<string>();

  // Set before the dialog opens: a quick double tap must not open two dialogs and send two revokes.
  const asking = useRef(false);
  const revoke = async (g: GrantView) => {
    if (asking.current) return;
    asking.current = true;
    try {
      await confirmAndRevoke(g);
    } finally {
      asking.current = false;
    }
  };
  const confirmAndRevoke = async (g: GrantView) => {
    const { confirm } = await Taro.showModal({
      title: '撤销帮办授权？',
      content: `撤销后，${g.helper.name}（${g.helper.organisation}）将立即不能查看您家的报名信息。`,
      confirmText: '确认撤销',
      cancelText: '再想想',
      confirmColor: '#c9302c',
    });
    if (!confirm) return;
    setRevoking(g.id);
    try {
      await revokeGrant(g.id);
      void Taro.showToast({ title: '已撤销', icon: 'success' });
      await grants.reload();
    } catch (e) {
      void Taro.showModal({ title: '撤销失败', content: toApiError(e).message, showCancel: false });
    } finally {
      setRevoking(undefined);
    }
  };

  if (isForbidden(grants.error)) {
    return (
      <Page title="帮办授权">
        <ForbiddenNotice error={grants.error} who="帮办授权由家长本人办理。" switchTo="切换为家长身份" />
      </Page>
    );
  }
  return (
    <Page
      title="帮办授权"
      subtitle="在外地工作或不便操作时，可授权社区网格员、青年志愿者或老师帮您查询报名进度和结果"
    >
      <Card title="授权帮办员">
        <GrantForm onGranted={() => void grants.reload()} />
      </Card>
      <Card title="我的授权">
        <ErrorNotice error={grants.error} onRetry={() => void grants.reload()} />
        {grants.loading && !grants.data ? <Loading /> : null}
        {grants.data ? (
          <GrantList grants={grants.data} revoking={revoking} onRevoke={(g) => void revoke(g)} />
        ) : null}
        {grants.data && grants.data.length === 0 ? <EmptyState text="您还没有授权任何帮办员" /> : null}
      </Card>
      <Text className="muted">
        帮办员只能查看，不能替您提交、撤回或修改报名。对方每次查看都会记录，首次查看时您会收到消息通知。
      </Text>
    </Page>
  );
}
