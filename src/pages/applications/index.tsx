import { Text } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { ROUTES } from '../../constants/routes';
import { ApplicationCard } from '../../features/applications/application-card';
import { TwinBindingCard } from '../../features/applications/twin-binding-card';
import { twinGroups } from '../../features/applications/twin-groups';
import { useMyApplications, useMyChildren } from '../../features/applications/use-my-applications';
import { MyDrawCard } from '../../features/lottery/my-draw-card';
import { useMyDraws } from '../../features/lottery/use-my-draws';
import { usePublicDraws } from '../../features/lottery/use-public-draws';
import { useLoggedIn } from '../../services/require-login';
import { goTo } from '../../utils/navigate';

export default function ApplicationsPage() {
  const loggedIn = useLoggedIn();
  const list = useMyApplications(!loggedIn);
  const children = useMyChildren(!loggedIn);
  const draws = useMyDraws(!loggedIn);
  // Shared rounds already scheduled: a family's request is fixed from then on (the backend refuses changes).
  const publicDraws = usePublicDraws();
  const sharedRound = (seasonId: string, largeDistrictId: string) =>
    publicDraws.data?.find(
      (d) => d.kind === 'shared' && d.seasonId === seasonId && d.schoolId === largeDistrictId,
    )?.drawId;
  const groups = list.data && children.data ? twinGroups(list.data, children.data) : [];
  const reload = () => void list.reload();
  // A child still waiting after its school draw may since have a shared seat at another school (R2.2).
  const laterResult = (applicationId: string, drawId: string) => {
    const p = list.data?.find((a) => a.id === applicationId)?.placement;
    return p?.status === 'admitted' && p.drawId !== drawId
      ? `之后已通过大学区共享学位录取至${p.schoolName}，详见下方报名。`
      : undefined;
  };
  return (
    <Page title="我的报名" subtitle="报名进度与结果会在这里更新，并通过消息通知您">
      <Text className="link applications__messages" onClick={() => goTo(ROUTES.messages)}>
        查看消息通知 ›
      </Text>
      <Text className="link applications__messages" onClick={() => goTo(ROUTES.helperGrants)}>
        授权帮办员代查进度 ›
      </Text>
      <ErrorNotice error={list.error} onRetry={reload} />
      {list.loading && !list.data ? <Loading /> : null}
      {draws.data?.map((d) => (
        <MyDrawCard
          key={d.applicationId}
          draw={d}
          laterResult={d.result === 'waitlisted' ? laterResult(d.applicationId, d.drawId) : undefined}
          onOpen={(drawId) => goTo(ROUTES.drawDetail, { drawId })}
          onChanged={() => {
            void draws.reload();
            reload();
          }}
        />
      ))}
      {groups.map((g) => (
        <TwinBindingCard key={g.map((a) => a.id).join('+')} applications={g} onDone={reload} />
      ))}
      {list.data?.map((a) => (
        <ApplicationCard
          key={a.id}
          application={a}
          sharedDrawId={sharedRound(a.seasonId, a.school.largeDistrictId)}
          onChanged={reload}
        />
      ))}
      {list.data && list.data.length === 0 ? (
        <EmptyState text="您还没有提交报名">
          <AppButton kind="primary" onClick={() => goTo(ROUTES.child)}>
            我要报名
          </AppButton>
        </EmptyState>
      ) : null}
    </Page>
  );
}
