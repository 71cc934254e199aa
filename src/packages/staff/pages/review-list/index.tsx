import { Text } from '@tarojs/components';
import { useState } from 'react';
import type { ApplicationStatus } from '../../../../../types/models/application';
import { Card } from '../../../../components/card';
import { EmptyState } from '../../../../components/empty-state';
import { Loading } from '../../../../components/loading';
import { Notice } from '../../../../components/notice';
import { Page } from '../../../../components/page';
import { ROLE_LABELS } from '../../../../constants/labels';
import { ForbiddenNotice, isForbidden } from '../../../../features/auth/forbidden-notice';
import { ReviewFilter } from '../../../../features/review/review-filter';
import { ReviewTable } from '../../../../features/review/review-table';
import { useReviewList } from '../../../../features/review/use-review-list';
import { useLoggedIn } from '../../../../services/require-login';
import { getSessionUser } from '../../../../services/session';

/** Staff only: the backend decides by role; a parent gets AUTH.FORBIDDEN and sees its message. */
export default function ReviewListPage() {
  const loggedIn = useLoggedIn();
  const [status, setStatus] = useState<ApplicationStatus>();
  const list = useReviewList(status, !loggedIn);
  const user = getSessionUser();

  return (
    <Page title="报名审核" subtitle="本区报名列表，身份证号已脱敏">
      {user ? (
        <Text className="muted identity">
          当前身份：{ROLE_LABELS[user.role]} {user.name}
        </Text>
      ) : null}
      {isForbidden(list.error) ? (
        <ForbiddenNotice
          error={list.error}
          who="报名审核仅限区县教育局工作人员使用。"
          switchTo="切换为审核员身份"
        />
      ) : list.error ? (
        <Notice tone="error" title={list.error.message} />
      ) : (
        <>
          <Card>
            <ReviewFilter value={status} onChange={setStatus} />
          </Card>
          {list.loading && !list.data ? <Loading /> : null}
          {list.data ? <Text className="muted">共 {list.data.length} 份报名</Text> : null}
          {list.data ? <ReviewTable rows={list.data} /> : null}
          {list.data && list.data.length === 0 ? <EmptyState text="暂无报名" /> : null}
        </>
      )}
    </Page>
  );
}
