import { useRouter } from '@tarojs/taro';
import { Card } from '../../components/card';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PolicyBody } from '../../features/policies/policy-body';
import { usePolicy } from '../../features/policies/use-policies';

export default function PolicyDetailPage() {
  const id = useRouter().params.id ?? '';
  const policy = usePolicy(id);
  return (
    <Page>
      <ErrorNotice error={policy.error} onRetry={() => void policy.reload()} />
      {policy.loading ? <Loading /> : null}
      {policy.data ? (
        <Card>
          <PolicyBody policy={policy.data} />
        </Card>
      ) : null}
    </Page>
  );
}
