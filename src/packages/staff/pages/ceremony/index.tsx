import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { DrawDetail } from '../../../../../types/models/draw';
import type { PlacementOverview } from '../../../../../types/models/placement';
import { Card } from '../../../../components/card';
import { ErrorNotice } from '../../../../components/error-notice';
import { Loading } from '../../../../components/loading';
import { Notice } from '../../../../components/notice';
import { Page } from '../../../../components/page';
import { ROUTES } from '../../../../constants/routes';
import { ForbiddenNotice, isForbidden } from '../../../../features/auth/forbidden-notice';
import { CeremonyFacts } from '../../../../features/lottery/ceremony-facts';
import { DrawSummary } from '../../../../features/lottery/draw-summary';
import { ObserverForm } from '../../../../features/lottery/observer-form';
import { rankedUnits } from '../../../../features/lottery/rank-of';
import { RunForm } from '../../../../features/lottery/run-form';
import { ScheduleForm, type ScheduleTarget } from '../../../../features/lottery/schedule-form';
import { UnitList } from '../../../../features/lottery/unit-list';
import { useDrawRecord, useSchoolNames } from '../../../../features/lottery/use-public-draws';
import { rankedShared } from '../../../../features/lottery/rank-shared';
import { SharedSeatsSummary } from '../../../../features/lottery/shared-seats-summary';
import { usePlacementOverview } from '../../../../features/lottery/use-placement';
import { useLoggedIn } from '../../../../services/require-login';
import { goTo, replaceWith } from '../../../../utils/navigate';

/** Scheduling: a school's tier or a large district's shared seats, the earliest time from the server's clock. */
function Schedule({ target }: { target: ScheduleTarget }) {
  const loggedIn = useLoggedIn();
  const overview = usePlacementOverview(!loggedIn);
  const o = overview.data;
  const heading = o ? describe(o, target) : undefined;
  return (
    <Page title="安排摇号">
      {isForbidden(overview.error) ? (
        <ForbiddenNotice
          error={overview.error}
          who="安排摇号仅限区县教育局管理员使用。"
          switchTo="切换为管理员身份"
        />
      ) : (
        <ErrorNotice error={overview.error} onRetry={() => void overview.reload()} />
      )}
      {overview.loading && !o ? <Loading /> : null}
      {o && heading ? (
        <Card title={heading.title}>
          <Text className="muted">{heading.facts}</Text>
          <ScheduleForm
            seasonId={o.seasonId}
            target={target}
            earliestDrawAt={o.earliestDrawAt}
            onScheduled={(d) => replaceWith(ROUTES.ceremony, { drawId: d.drawId })}
          />
        </Card>
      ) : o ? (
        <Notice tone="error" title="找不到要安排的摇号，请返回录取总览。" />
      ) : null}
    </Page>
  );
}

const describe = (o: PlacementOverview, target: ScheduleTarget) => {
  if (target.kind === 'shared') {
    const plan = o.shared.find((p) => p.largeDistrictId === target.largeDistrictId);
    return plan?.needed
      ? {
          title: `${plan.name} · 大学区共享学位`,
          facts: `仍在候补并申请共享学位的 ${plan.entrants} 个单位，所选学校空余学位共 ${plan.spare} 个。`,
        }
      : undefined;
  }
  const school = o.schools.find((s) => s.schoolId === target.schoolId);
  const plan = school?.tiers.find((t) => t.tier === target.tier);
  return school && plan
    ? {
        title: `${school.schoolName} · ${o.tiers.find((t) => t.id === target.tier)?.name ?? target.tier}`,
        facts: `该类别 ${plan.children} 人，剩余学位 ${plan.remaining} 个，需要摇号。`,
      }
    : undefined;
};

/** The ceremony of one draw: what was published, the observers, then the draw and its record. */
function Ceremony({ drawId }: { drawId: string }) {
  // The record itself is public; this page acts on it (observers, the draw), which needs staff.
  useLoggedIn();
  const draw = useDrawRecord(drawId);
  const [latest, setLatest] = useState<DrawDetail>();
  const d = latest ?? draw.data;
  const record = d?.record;
  // A shared round's schoolId is its large district's id: its schools are named from the catalog.
  const nameOf = useSchoolNames(d?.kind === 'shared' ? d.schoolId : undefined);
  return (
    <Page title="摇号现场">
      <ErrorNotice error={draw.error} onRetry={() => void draw.reload()} />
      {draw.loading && !d ? <Loading /> : null}
      {d ? (
        <>
          <Card>
            <DrawSummary detail={d} />
          </Card>
          {d.sharedRecord ? (
            <>
              <Notice tone="success" title="共享学位摇号已完成，记录已公示">
                <Text className="prose__para">
                  {Object.values(d.sharedRecord.assignments).filter(Boolean).length} 个单位分配到学位，
                  {Object.values(d.sharedRecord.assignments).filter((s) => !s).length}{' '}
                  个单位未分配；结果在“公布录取结果”时写入各家庭的报名并通知。
                </Text>
              </Notice>
              <Card title="各校空余学位">
                <SharedSeatsSummary record={d.sharedRecord} nameOf={nameOf} />
              </Card>
              <Card title="摇号过程">
                <CeremonyFacts detail={d} record={d.sharedRecord} />
              </Card>
              <Card title="摇号名次与分配学校">
                <UnitList units={rankedShared(d.sharedRecord)} ranked nameOf={nameOf} />
              </Card>
            </>
          ) : record ? (
            <>
              <Notice tone="success" title="摇号已完成，记录已公示">
                <Text className="prose__para">
                  录取 {record.admitted.length} 人，候补 {record.waitlist.length} 人；各家庭已收到通知。
                </Text>
              </Notice>
              <Card title="摇号过程">
                <CeremonyFacts detail={d} record={record} />
              </Card>
              <Card title={`摇号名次（${d.seats} 个学位）`}>
                <UnitList units={rankedUnits(record)} ranked />
              </Card>
            </>
          ) : (
            <>
              <Card title={`现场观察员（${d.observers.length}）`}>
                {d.observers.map((o, i) => (
                  <View key={`${o.role}-${i}`} className="kv">
                    <Text className="kv__key">{o.role}</Text>
                    <Text className="kv__value">{o.name}</Text>
                  </View>
                ))}
                <ObserverForm drawId={d.drawId} onAdded={setLatest} />
              </Card>
              <Card title="开始摇号">
                <RunForm draw={d} onDrawn={setLatest} />
              </Card>
              <Card title={`参加摇号名单（${d.unitCount} 个单位）`}>
                <UnitList units={d.canonicalList} />
              </Card>
            </>
          )}
          <View className="row">
            <Text className="link" onClick={() => goTo(ROUTES.drawDetail, { drawId: d.drawId })}>
              查看公示页 ›
            </Text>
            <Text className="link" onClick={() => goTo(ROUTES.placement)}>
              返回录取总览 ›
            </Text>
          </View>
        </>
      ) : null}
    </Page>
  );
}

export default function CeremonyPage() {
  const { drawId, schoolId, tier, shared } = useRouter().params;
  if (drawId) return <Ceremony drawId={drawId} />;
  if (shared) return <Schedule target={{ kind: 'shared', largeDistrictId: shared }} />;
  return <Schedule target={{ kind: 'school', schoolId: schoolId ?? '', tier: tier ?? '' }} />;
}
