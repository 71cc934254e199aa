import { useEffect } from 'react';
import { Card } from '../../components/card';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { ROUTES } from '../../constants/routes';
import { ApplySteps } from '../../features/apply/apply-steps';
import { ChildForm } from '../../features/apply/child-form';
import { ChildList } from '../../features/apply/child-list';
import { eligibilityFor } from '../../features/apply/eligibility';
import { StagePicker } from '../../features/apply/stage-picker';
import { useApplyDraft } from '../../features/apply/use-apply-draft';
import { useChildren } from '../../features/apply/use-children';
import { useSeason } from '../../features/apply/use-season';
import { useConsentState } from '../../features/consent/use-consent';
import { useLoggedIn } from '../../services/require-login';
import { goTo, replaceWith } from '../../utils/navigate';
import type { ChildView } from '../../../types/models/child';
import { AppButton } from '../../components/app-button';

export default function ChildPage() {
  const loggedIn = useLoggedIn();
  const consent = useConsentState(!loggedIn);
  const consented = consent.data?.accepted === true;
  const children = useChildren(!consented);
  const { season, error: seasonError } = useSeason();
  const { draft, update } = useApplyDraft();

  // The flow starts with the guardian's consent: no child data before it.
  useEffect(() => {
    if (consent.data && !consent.data.accepted) replaceWith(ROUTES.consent);
  }, [consent.data]);

  const choose = (child: ChildView) =>
    update({
      child: {
        id: child.id,
        name: child.name,
        idMasked: child.idMasked,
        birthDate: child.birthDate,
        sex: child.sex,
      },
    });

  const chosen = children.data?.find((c) => c.id === draft.child?.id);
  const eligibility = chosen ? eligibilityFor(chosen.birthDate, draft.stage, season) : undefined;

  return (
    <Page
      title="选择报名的孩子"
      subtitle="出生日期、性别和入学年龄由身份证号自动计算；户籍、房产等由部门核验，无需上传证明"
    >
      <ApplySteps current="孩子" />
      <ErrorNotice error={consent.error ?? seasonError} />
      <Card>
        <StagePicker value={draft.stage} onChange={(stage) => update({ stage })} />
      </Card>
      {consent.loading || !consented ? (
        <Loading />
      ) : (
        <>
          {children.data && children.data.length > 0 ? (
            <Card title="我的孩子">
              <ChildList
                items={children.data}
                selectedId={draft.child?.id}
                stage={draft.stage}
                season={season}
                onSelect={choose}
              />
            </Card>
          ) : null}
          <ErrorNotice error={children.error} onRetry={() => void children.reload()} />
          <Card title={children.data?.length ? '添加另一个孩子' : '添加孩子'}>
            <ChildForm
              stage={draft.stage}
              season={season}
              onAdded={(child) => {
                choose(child);
                void children.reload();
              }}
            />
          </Card>
          {eligibility?.status === 'under_age' ? (
            <Notice tone="warning" title="暂不能报名">
              {eligibility.message}
            </Notice>
          ) : null}
          <AppButton
            kind="primary"
            disabled={!chosen || eligibility?.status === 'under_age'}
            onClick={() => goTo(ROUTES.verify)}
          >
            下一步：一键核验
          </AppButton>
        </>
      )}
    </Page>
  );
}
