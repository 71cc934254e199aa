import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorNotice } from '../../components/error-notice';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { ROUTES } from '../../constants/routes';
import { ApplySteps } from '../../features/apply/apply-steps';
import { SubmitSummary } from '../../features/apply/submit-summary';
import { useApplyDraft } from '../../features/apply/use-apply-draft';
import { useSeason } from '../../features/apply/use-season';
import { useSubmit } from '../../features/apply/use-submit';
import { CategoryCard } from '../../features/verify/category-card';
import { useLoggedIn } from '../../services/require-login';
import { goTo, replaceWith } from '../../utils/navigate';
import { AppButton } from '../../components/app-button';

export default function SubmitPage() {
  useLoggedIn();
  const { draft, update, reset } = useApplyDraft();
  const { season, error: seasonError } = useSeason();
  const { submit, busy, error } = useSubmit({ draft, seasonId: season?.id, update });
  const complete = Boolean(draft.child && draft.school && draft.hukouAddress?.district);

  const onSubmit = async () => {
    const application = await submit();
    if (!application) return;
    reset();
    void Taro.showToast({ title: '报名已提交', icon: 'success' });
    replaceWith(ROUTES.applications, { highlight: application.id });
  };

  return (
    <Page title="确认并提交" subtitle="请核对以下信息，提交后可在“我的报名”查看进度">
      <ApplySteps current="提交" />
      {error?.code === 'CHILD.DUPLICATE_APPLICATION' ? (
        <Notice tone="error" title="不能重复报名">
          <Text>{error.message}</Text>
          <View>
            <Text className="notice__link" onClick={() => goTo(ROUTES.applications)}>
              查看我的报名
            </Text>
          </View>
        </Notice>
      ) : (
        <ErrorNotice error={error ?? seasonError} />
      )}
      {complete ? null : <Notice tone="warning" title="报名信息还不完整，请返回补充" />}
      <SubmitSummary draft={draft} />
      <CategoryCard
        verificationId={draft.verificationId}
        schoolId={draft.school?.id}
        pending={draft.verificationStatus === 'pending_departments'}
      />
      {draft.verificationStatus === 'pending_departments' ? (
        <Notice tone="info" title="提交后将以“待核验”受理">
          <Text>
            部分部门暂时无法查询。系统会自动重新核验，完成后报名自动转为“已提交”，您无需再做任何操作。
          </Text>
        </Notice>
      ) : null}
      <Notice tone="info">
        <Text>
          提交即表示您承诺所填信息真实有效。同一孩子本招生季只能有一份有效报名；撤回截止前可以撤回后重新报名。
        </Text>
      </Notice>
      <AppButton
        kind="primary"
        disabled={!complete || !season}
        loading={busy}
        onClick={() => void onSubmit()}
      >
        {draft.idempotencyKey && error ? '重新提交' : '确认提交报名'}
      </AppButton>
    </Page>
  );
}
