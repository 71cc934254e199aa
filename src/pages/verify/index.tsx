import { Text } from '@tarojs/components';
import { useState } from 'react';
import type { DepartmentKind } from '../../../types/models/department-facts';
import type { VerificationView } from '../../../types/models/verification';
import { AppButton } from '../../components/app-button';
import { Card } from '../../components/card';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { ROUTES } from '../../constants/routes';
import { ApplySteps } from '../../features/apply/apply-steps';
import { ChooseChildFirst } from '../../features/apply/choose-child-first';
import { useApplyDraft } from '../../features/apply/use-apply-draft';
import { useSeason } from '../../features/apply/use-season';
import { CheckList } from '../../features/verify/check-list';
import { departmentAddresses } from '../../features/verify/department-addresses';
import { GuardianIdForm } from '../../features/verify/guardian-id-form';
import { useVerification } from '../../features/verify/use-verification';
import { VerificationNotice } from '../../features/verify/verification-notice';
import { sameAddress } from '../../../domain/verification/family-facts';
import { useLoggedIn } from '../../services/require-login';
import { goTo } from '../../utils/navigate';

/** 一键核: the departments answer, the parent confirms; a photo only where a check needs one. */
export default function VerifyPage() {
  useLoggedIn();
  const { draft, update } = useApplyDraft();
  const { season, error: seasonError } = useSeason();
  const flow = useVerification({
    seasonId: season?.id,
    childId: draft.child?.id,
    knownId: draft.verificationId,
  });
  const [disputed, setDisputed] = useState<DepartmentKind[]>([]);
  const view = flow.view;

  const again = async () => {
    await flow.start();
    setDisputed([]);
  };

  const next = (v: VerificationView) => {
    const { hukou, residence } = departmentAddresses(v);
    const same = !residence || (hukou !== undefined && sameAddress(hukou, residence));
    update({
      verificationId: v.id,
      verificationStatus: v.status,
      prefilled: { hukou, residence },
      hukouAddress: hukou,
      residenceAddress: same ? undefined : residence,
      residenceSameAsHukou: same,
      basis: same || hukou ? 'hukou' : 'residence',
    });
    goTo(ROUTES.address);
  };

  if (!draft.child) {
    return <ChooseChildFirst title="一键核验" />;
  }

  return (
    <Page
      title="一键核验"
      subtitle={`向公安、自然资源、人社等部门查询${draft.child.name}家的登记信息，您只需确认`}
    >
      <ApplySteps current="核验" />
      <ErrorNotice error={seasonError ?? flow.error} onRetry={() => void flow.start()} />
      {flow.needsGuardianId ? (
        <Card title="监护人身份">
          <GuardianIdForm
            busy={flow.busy}
            error={flow.error?.fieldMessage('guardianIdNumber')}
            onSubmit={(id) => void flow.start(id)}
          />
        </Card>
      ) : null}
      {flow.busy && !view ? <Loading text="正在向各部门核验，通常只需几秒…" /> : null}
      {view ? (
        <>
          <VerificationNotice view={view} />
          <Card title="部门返回的信息">
            <CheckList
              view={view}
              disputed={disputed}
              onDisputedChange={setDisputed}
              onChanged={flow.setView}
            />
          </Card>
          {view.confirmedAt ? (
            <AppButton kind="primary" disabled={view.status === 'needs_material'} onClick={() => next(view)}>
              下一步：核对地址
            </AppButton>
          ) : (
            <AppButton kind="primary" loading={flow.busy} onClick={() => void flow.confirm(disputed)}>
              {disputed.length ? `确认（${disputed.length}项有误）` : '确认以上信息'}
            </AppButton>
          )}
          <Text className="muted">
            {view.confirmedAt ? '' : '信息有误时勾选“信息有误”，确认后上传一张照片即可。'}
            查询过程全程留痕，仅用于本次入学报名。
          </Text>
          <AppButton kind="secondary" loading={flow.busy} onClick={() => void again()}>
            重新核验
          </AppButton>
        </>
      ) : null}
    </Page>
  );
}
