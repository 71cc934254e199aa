import { Text } from '@tarojs/components';
import { Card } from '../../components/card';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { ROUTES } from '../../constants/routes';
import { ApplySteps } from '../../features/apply/apply-steps';
import { ConsentForm } from '../../features/consent/consent-form';
import { ConsentNotice } from '../../features/consent/consent-notice';
import { useConsentState } from '../../features/consent/use-consent';
import { useLoggedIn } from '../../services/require-login';
import { formatInstant } from '../../utils/format';
import { replaceWith } from '../../utils/navigate';
import { AppButton } from '../../components/app-button';

export default function ConsentPage() {
  const loggedIn = useLoggedIn();
  const consent = useConsentState(!loggedIn);
  const next = () => replaceWith(ROUTES.child);

  return (
    <Page title="监护人授权与隐私保护说明" subtitle="填写孩子信息之前，请先阅读并同意">
      <ApplySteps current="授权" />
      <Card>
        <ConsentNotice />
      </Card>
      <ErrorNotice error={consent.error} onRetry={() => void consent.reload()} />
      {consent.loading ? <Loading /> : null}
      {consent.data?.accepted ? (
        <>
          <Notice tone="success" title="您已同意本说明">
            {consent.data.acceptedAt ? <Text>同意时间：{formatInstant(consent.data.acceptedAt)}</Text> : null}
          </Notice>
          <AppButton kind="primary" onClick={next}>
            继续报名
          </AppButton>
        </>
      ) : consent.data ? (
        <Card title="监护人确认">
          <ConsentForm onAccepted={next} />
        </Card>
      ) : null}
    </Page>
  );
}
