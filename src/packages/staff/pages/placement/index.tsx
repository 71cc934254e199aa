import { Text } from '@tarojs/components';
import { Card } from '../../../../components/card';
import { ErrorNotice } from '../../../../components/error-notice';
import { Loading } from '../../../../components/loading';
import { Page } from '../../../../components/page';
import { ROUTES } from '../../../../constants/routes';
import { ForbiddenNotice, isForbidden } from '../../../../features/auth/forbidden-notice';
import { PublishResults } from '../../../../features/lottery/publish-results';
import { SchoolPlanCard } from '../../../../features/lottery/school-plan';
import { SharedPlanCard } from '../../../../features/lottery/shared-plan';
import { usePlacementOverview } from '../../../../features/lottery/use-placement';
import { useLoggedIn } from '../../../../services/require-login';
import { formatInstant } from '../../../../utils/format';
import { goTo } from '../../../../utils/navigate';

/**
 * The season in the console (admin): which school and tier needs a draw, each ceremony's progress, and the
 * button that publishes every family's result once nothing is missing. The backend decides by role.
 */
export default function PlacementPage() {
  const loggedIn = useLoggedIn();
  const overview = usePlacementOverview(!loggedIn);
  const o = overview.data;
  return (
    <Page title="录取与摇号" subtitle={o ? o.seasonName : '本区各校录取计划与阳光摇号'}>
      {isForbidden(overview.error) ? (
        <ForbiddenNotice
          error={overview.error}
          who="录取与摇号仅限区县教育局管理员使用。"
          switchTo="切换为管理员身份"
        />
      ) : (
        <ErrorNotice error={overview.error} onRetry={() => void overview.reload()} />
      )}
      {overview.loading && !o ? <Loading /> : null}
      {o ? (
        <>
          <Card title="公布录取结果">
            {!o.listFinal ? (
              <Text className="muted">
                报名撤回截止：{formatInstant(o.withdrawDeadline)}，截止后方可安排摇号。
              </Text>
            ) : null}
            <PublishResults overview={o} onDone={() => void overview.reload()} />
          </Card>
          <Text className="muted">
            各校按类别顺序录取：绿色通道优先，其后依次为
            {o.tiers
              .slice(1)
              .map((t) => t.name)
              .join('、')}
            。未超过剩余学位的类别全部录取；第一个超出的类别摇号；其后的类别学位已满，列入候补。
          </Text>
          {o.shared
            .filter((p) => p.requests > 0 || p.draw)
            .map((p) => (
              <SharedPlanCard
                key={p.largeDistrictId}
                plan={p}
                onSchedule={(largeDistrictId) => goTo(ROUTES.ceremony, { shared: largeDistrictId })}
                onOpenDraw={(drawId) => goTo(ROUTES.ceremony, { drawId })}
              />
            ))}
          {o.schools.map((s) => (
            <SchoolPlanCard
              key={s.schoolId}
              school={s}
              tierNames={o.tiers}
              canSchedule={o.listFinal && s.pendingVerification === 0}
              onSchedule={(schoolId, tier) => goTo(ROUTES.ceremony, { schoolId, tier })}
              onOpenDraw={(drawId) => goTo(ROUTES.ceremony, { drawId })}
            />
          ))}
        </>
      ) : null}
    </Page>
  );
}
