import { View } from '@tarojs/components';
import { useState } from 'react';
import { Card } from '../../components/card';
import { ChoiceChips } from '../../components/choice-chips';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { ROUTES } from '../../constants/routes';
import { FaqList } from '../../features/policies/faq-list';
import { PolicyItem } from '../../features/policies/policy-item';
import { useFaq, usePolicies } from '../../features/policies/use-policies';
import { goTo } from '../../utils/navigate';

type Tab = 'policies' | 'faq';

export default function PolicyListPage() {
  const [tab, setTab] = useState<Tab>('policies');
  const policies = usePolicies();
  const faq = useFaq();
  const current = tab === 'policies' ? policies : faq;
  return (
    <Page title="招生政策" subtitle="政策随时更新，以最新发布为准">
      <View className="tabs">
        <ChoiceChips<Tab>
          options={[
            { value: 'policies', label: '政策文件' },
            { value: 'faq', label: '常见问题' },
          ]}
          value={tab}
          onChange={setTab}
        />
      </View>
      <ErrorNotice error={current.error} onRetry={() => void current.reload()} />
      <Card>
        {current.loading ? <Loading /> : null}
        {tab === 'policies' ? (
          policies.data?.map((p) => (
            <PolicyItem key={p.id} policy={p} onOpen={(id) => goTo(ROUTES.policyDetail, { id })} />
          ))
        ) : faq.data ? (
          <FaqList items={faq.data} />
        ) : null}
      </Card>
    </Page>
  );
}
