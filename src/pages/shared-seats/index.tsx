import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Issue } from '../../../types/envelope';
import { AppButton } from '../../components/app-button';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { MAX_SHARED_CHOICES, STAGE_LABELS } from '../../constants/labels';
import { ROUTES } from '../../constants/routes';
import { canAskForSharedSeats } from '../../features/applications/shared-eligibility';
import { issuesBySchool, togglePick } from '../../features/shared-seats/pick-order';
import { SchoolPicker } from '../../features/shared-seats/school-picker';
import { SharedRule } from '../../features/shared-seats/shared-rule';
import {
  requestSharedSeats,
  useApplication,
  useDistrictSchools,
} from '../../features/shared-seats/use-shared-seats';
import { useAction } from '../../services/use-action';
import { useLoggedIn } from '../../services/require-login';
import { replaceWith } from '../../utils/navigate';

/** Back to 我的报名 (it reloads when shown); opened from a shared link there is nothing to go back to. */
const backToApplications = () => {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else replaceWith(ROUTES.applications);
};

/** 大学区共享学位 (R2.2): the rule, then the other schools of the large district to put in order. */
export default function SharedSeatsPage() {
  const applicationId = useRouter().params.applicationId ?? '';
  const loggedIn = useLoggedIn();
  const app = useApplication(applicationId, !loggedIn || !applicationId);
  const a = app.data;
  const schools = useDistrictSchools(a?.stage, a?.school.largeDistrictId);
  const [picked, setPicked] = useState<string[]>();
  const [full, setFull] = useState(false);
  const { run, busy, error, setError } = useAction();

  // Until the parent taps, the wishes are the ones on file (修改 starts from them).
  const order = picked ?? a?.sharedChoice?.schoolIds ?? [];
  const others = schools.data?.filter((s) => s.id !== a?.school.id) ?? [];
  const names = new Map(others.map((s) => [s.id, s.name]));
  a?.sharedChoice?.schoolIds.forEach((id, i) => {
    if (!names.has(id)) names.set(id, a.sharedChoice!.schoolNames[i] ?? id);
  });
  const nameOf = (id: string | undefined) => (id ? (names.get(id) ?? id) : '');
  // The backend's issues point at `schoolIds[i]`, which the parent knows only as a place in their own list.
  const wishOf = ({ path: [field, i] }: Issue) =>
    field === 'schoolIds' && typeof i === 'number' ? `第${i + 1}志愿 ${nameOf(order[i])}：` : '';

  const toggle = (schoolId: string) => {
    const next = togglePick(order, schoolId, MAX_SHARED_CHOICES);
    setPicked(next.order);
    setFull(next.full);
    setError(undefined);
  };
  const submit = () =>
    run(async () => {
      await requestSharedSeats(applicationId, order);
      void Taro.showToast({ title: '已提交申请', icon: 'success' });
      backToApplications();
    });

  return (
    <Page title="大学区共享学位" subtitle="本校摇号未录取时，按意愿参加本大学区其他学校空余学位的摇号">
      {applicationId ? (
        <ErrorNotice error={app.error} onRetry={() => void app.reload()} />
      ) : (
        <EmptyState text="没有指定报名，请从“我的报名”中的报名卡片进入">
          <AppButton kind="secondary" onClick={() => replaceWith(ROUTES.applications)}>
            前往我的报名
          </AppButton>
        </EmptyState>
      )}
      {app.loading && !a ? <Loading /> : null}
      {a ? (
        <>
          <Card title="规则说明">
            <SharedRule />
          </Card>
          <Card title="报名信息">
            <View className="kv">
              <Text className="kv__key">孩子</Text>
              <Text className="kv__value">{a.child.name}</Text>
            </View>
            <View className="kv">
              <Text className="kv__key">报名学校</Text>
              <Text className="kv__value">{a.school.name}</Text>
            </View>
            {a.binding ? (
              <View className="kv">
                <Text className="kv__key">绑定报名</Text>
                <Text className="kv__value">{a.binding.appNos.join('、')}（一同申请）</Text>
              </View>
            ) : null}
          </Card>
          {!canAskForSharedSeats(a) ? (
            <Notice tone="warning" title="这份报名不能申请共享学位">
              <Text>
                报名{a.statusLabel}
                {a.placement ? '，录取结果已公布' : ''}，不需要再参加共享学位摇号。
              </Text>
            </Notice>
          ) : (
            <>
              <Card
                title={`可选学校${others[0] ? `（${others[0].largeDistrictName} · ${STAGE_LABELS[a.stage]}）` : ''}`}
              >
                <Text className="muted">
                  按意愿先后点选学校，再点一次可取消；最多 {MAX_SHARED_CHOICES} 所。不含已报名的
                  {a.school.name}。
                </Text>
                <ErrorNotice error={schools.error} onRetry={() => void schools.reload()} />
                {schools.loading ? <Loading /> : null}
                {schools.data && others.length === 0 ? (
                  <EmptyState text="本大学区没有其他同学段的学校，无需申请共享学位" />
                ) : null}
                <SchoolPicker
                  schools={others}
                  order={order}
                  problems={issuesBySchool(error?.issues ?? [], order)}
                  onToggle={toggle}
                />
              </Card>
              <Card title="我的志愿顺序">
                {order.length === 0 ? <Text className="muted">尚未选择学校</Text> : null}
                {order.map((id, i) => (
                  <View key={id} className="kv">
                    <Text className="kv__key">第{i + 1}志愿</Text>
                    <Text className="kv__value">{nameOf(id)}</Text>
                  </View>
                ))}
                {full ? (
                  <Notice tone="warning" title={`最多选择 ${MAX_SHARED_CHOICES} 所学校`}>
                    <Text>如需换一所，请先点已选的学校取消。</Text>
                  </Notice>
                ) : null}
                <ErrorNotice error={error} placeOf={wishOf} />
                <AppButton disabled={order.length === 0} loading={busy} onClick={() => void submit()}>
                  {a.sharedChoice ? '保存修改' : '提交申请'}
                </AppButton>
                <AppButton kind="secondary" onClick={backToApplications}>
                  返回我的报名
                </AppButton>
              </Card>
            </>
          )}
        </>
      ) : null}
    </Page>
  );
}
