import { Text } from '@tarojs/components';
import { useState } from 'react';
import { Card } from '../../../../components/card';
import { EmptyState } from '../../../../components/empty-state';
import { ErrorNotice } from '../../../../components/error-notice';
import { Loading } from '../../../../components/loading';
import { Notice } from '../../../../components/notice';
import { Page } from '../../../../components/page';
import { ROUTES } from '../../../../constants/routes';
import { ForbiddenNotice, isForbidden } from '../../../../features/auth/forbidden-notice';
import { FamilyList } from '../../../../features/helpers/family-list';
import { HelperCodeCard } from '../../../../features/helpers/helper-code-card';
import { ProfileForm } from '../../../../features/helpers/profile-form';
import { useHelpedFamilies, useHelperProfile } from '../../../../features/helpers/use-helper-api';
import { useLoggedIn } from '../../../../services/require-login';
import { goTo } from '../../../../utils/navigate';

/** The helper's home (R4.2): their code for parents, and the families that authorised them. */
export default function HelperHomePage() {
  const loggedIn = useLoggedIn();
  const profile = useHelperProfile(!loggedIn);
  const families = useHelpedFamilies(!loggedIn);
  const [editing, setEditing] = useState(false);

  if (isForbidden(profile.error)) {
    return (
      <Page title="帮办服务">
        <ForbiddenNotice
          error={profile.error}
          who="帮办服务仅限登记的帮办志愿者使用。家长请在首页“帮办授权”中授权帮办员。"
          switchTo="切换为帮办志愿者身份"
        />
      </Page>
    );
  }

  const p = profile.data;
  return (
    <Page title="帮办服务" subtitle="经家长授权，远程协助查询报名进度和结果">
      <ErrorNotice error={profile.error} onRetry={() => void profile.reload()} />
      {profile.loading && p === undefined ? <Loading /> : null}
      {p === null || (p && editing) ? (
        <Card title={p ? '修改帮办信息' : '登记帮办信息'}>
          {p ? null : (
            <Notice tone="info" title="第一次使用请先登记">
              <Text>登记后生成您的帮办码。家长输入帮办码时，会先看到您的姓名和单位，再决定是否授权。</Text>
            </Notice>
          )}
          <ProfileForm
            current={p ?? undefined}
            onSaved={() => {
              setEditing(false);
              void profile.reload();
            }}
          />
        </Card>
      ) : null}
      {p && !editing ? <HelperCodeCard profile={p} onEdit={() => setEditing(true)} /> : null}
      {p ? (
        <Card title="授权我帮办的家庭">
          <ErrorNotice error={families.error} onRetry={() => void families.reload()} />
          {families.loading && !families.data ? <Loading /> : null}
          {families.data ? (
            <FamilyList
              families={families.data}
              onOpen={(f) => goTo(ROUTES.helperFamily, { familyId: f.familyId })}
            />
          ) : null}
          {families.data && families.data.length === 0 ? (
            <EmptyState text="暂无有效授权。请家长在“帮办授权”中输入您的帮办码。" />
          ) : null}
        </Card>
      ) : null}
      <Text className="muted">
        每次查看家庭信息都会记入审计日志，家长可随时撤销授权。请勿截图或转发家庭信息。
      </Text>
    </Page>
  );
}
