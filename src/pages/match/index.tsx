import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '../../components/card';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { ADDRESS_KIND_LABELS, STAGE_LABELS } from '../../constants/labels';
import { ROUTES } from '../../constants/routes';
import { formatAddress, toAddress } from '../../features/apply/address-form';
import { ApplySteps } from '../../features/apply/apply-steps';
import { basisAddress } from '../../features/apply/draft-store';
import { useApplyDraft } from '../../features/apply/use-apply-draft';
import { CandidateCard } from '../../features/match/candidate-card';
import { MatchSummary } from '../../features/match/match-summary';
import { useZoneMatch } from '../../features/match/use-zone-match';
import type { SchoolView } from '../../../types/models/school';
import type { ZoneCandidate } from '../../../types/models/zone';
import { goTo } from '../../utils/navigate';
import { AppButton } from '../../components/app-button';

export default function MatchPage() {
  const lookup = useRouter().params.mode === 'lookup';
  const { draft, update } = useApplyDraft();
  const address = toAddress(basisAddress(draft));
  const match = useZoneMatch(draft.stage, address);
  const result = match.data;

  const choose = (school: SchoolView, candidate?: ZoneCandidate) => {
    update({
      school: {
        id: school.id,
        name: school.name,
        phone: school.phone,
        needsManualConfirmation: result?.needsManualConfirmation ?? false,
        reason: candidate?.reason ?? result?.reason ?? '',
      },
    });
    goTo(ROUTES.submit);
  };

  return (
    <Page title={lookup ? '学区查询结果' : '匹配施教区学校'} subtitle={STAGE_LABELS[draft.stage]}>
      {lookup ? null : <ApplySteps current="学区" />}
      {address ? (
        <Card>
          <Text className="muted">
            按{ADDRESS_KIND_LABELS[draft.basis]}匹配：{formatAddress(address)}
          </Text>
        </Card>
      ) : (
        <Notice tone="warning" title="还没有填写地址" />
      )}
      {match.loading ? <Loading text="正在匹配学区…" /> : null}
      <ErrorNotice error={match.error} onRetry={() => void match.reload()} />
      {result ? <MatchSummary match={result} /> : null}
      {result?.schools.map((school) => (
        <CandidateCard
          key={school.id}
          school={school}
          candidate={result.candidates.find((c) => c.schoolId === school.id)}
          chosen={!lookup && draft.school?.id === school.id}
          actionLabel={lookup ? '按此地址去报名' : undefined}
          onChoose={lookup ? () => goTo(ROUTES.child) : choose}
        />
      ))}
      {!address || result?.status === 'none' || match.error ? (
        <AppButton
          kind="secondary"
          onClick={() => goTo(ROUTES.address, lookup ? { mode: 'lookup' } : undefined)}
        >
          修改地址
        </AppButton>
      ) : null}
    </Page>
  );
}
