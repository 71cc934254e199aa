import { Text, View } from '@tarojs/components';
import { ActionGrid, type ActionItem } from '../../components/action-grid';
import { Card } from '../../components/card';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { ROLE_LABELS } from '../../constants/labels';
import { ROUTES } from '../../constants/routes';
import { SeasonBanner } from '../../features/home/season-banner';
import { SeasonTimeline } from '../../features/home/season-timeline';
import { useHome } from '../../features/home/use-home';
import { useUnreadCount } from '../../features/messages/use-unread-count';
import { PolicyItem } from '../../features/policies/policy-item';
import { getSessionUser, usesTokens } from '../../services/session';
import { goTo } from '../../utils/navigate';

/** The quick actions; `unread` puts the count of unread messages on 消息通知. */
const actions = (unread?: number): ActionItem[] => [
  {
    label: '我要报名',
    desc: '授权、填报、一次提交',
    badge: '报',
    tone: 'blue',
    onClick: () => goTo(ROUTES.child),
  },
  {
    label: '学区查询',
    desc: '按地址查施教区学校',
    badge: '区',
    tone: 'teal',
    onClick: () => goTo(ROUTES.address, { mode: 'lookup' }),
  },
  {
    label: '学校列表',
    desc: '招生计划、电话、位置',
    badge: '校',
    tone: 'green',
    onClick: () => goTo(ROUTES.schoolList),
  },
  {
    label: '招生政策',
    desc: '政策文件与常见问题',
    badge: '策',
    tone: 'purple',
    onClick: () => goTo(ROUTES.policyList),
  },
  {
    label: '我的报名',
    desc: '进度、结果与撤回',
    badge: '我',
    tone: 'orange',
    onClick: () => goTo(ROUTES.applications),
  },
  {
    label: '消息通知',
    desc: '受理、核验与结果提醒',
    badge: '信',
    tone: 'blue',
    count: unread,
    onClick: () => goTo(ROUTES.messages),
  },
  {
    label: '帮办授权',
    desc: '异地家长授权帮办员查进度',
    badge: '帮',
    tone: 'purple',
    onClick: () => goTo(ROUTES.helperGrants),
  },
  {
    label: '阳光摇号公示',
    desc: '摇号名单、结果与本机验证',
    badge: '摇',
    tone: 'teal',
    onClick: () => goTo(ROUTES.drawList),
  },
];

export default function HomePage() {
  const home = useHome();
  const unread = useUnreadCount();
  const user = usesTokens() ? getSessionUser() : undefined;
  return (
    <Page>
      <SeasonBanner season={home.data?.season} />
      <ActionGrid items={actions(unread)} />
      <View className="spacer" />
      <ErrorNotice error={home.error} onRetry={() => void home.reload()} />
      <Card title="招生日程">
        {home.data ? <SeasonTimeline steps={home.data.season.timeline} /> : home.loading ? <Loading /> : null}
      </Card>
      <Card
        title="最新政策"
        extra={
          <Text className="link" onClick={() => goTo(ROUTES.policyList)}>
            全部政策 ›
          </Text>
        }
      >
        {home.data?.latestPolicies.map((p) => (
          <PolicyItem key={p.id} policy={p} onOpen={(id) => goTo(ROUTES.policyDetail, { id })} />
        ))}
        {home.loading ? <Loading /> : null}
      </Card>
      <Card title="工作人员">
        <View className="row">
          <Text className="muted">区县教育局招生审核人员</Text>
          <Text className="link" onClick={() => goTo(ROUTES.reviewList)}>
            报名审核 ›
          </Text>
        </View>
        {usesTokens() ? (
          <View className="row">
            <Text className="muted">网页登录（登录名和密码）</Text>
            <Text className="link" onClick={() => goTo(ROUTES.staffLogin)}>
              工作人员登录 ›
            </Text>
          </View>
        ) : null}
        <View className="row">
          <Text className="muted">录取计划、阳光摇号现场与结果公布</Text>
          <Text className="link" onClick={() => goTo(ROUTES.placement)}>
            录取与摇号 ›
          </Text>
        </View>
        <View className="row">
          <Text className="muted">帮办志愿者：帮办码与授权家庭</Text>
          <Text className="link" onClick={() => goTo(ROUTES.helperHome)}>
            帮办服务 ›
          </Text>
        </View>
      </Card>
      {usesTokens() ? (
        <Text className="footer-note" onClick={() => goTo(ROUTES.login)}>
          {user
            ? `当前为本地演示：${ROLE_LABELS[user.role]} ${user.name}（点此切换身份）`
            : '本地演示模式：点此选择身份登录'}
        </Text>
      ) : null}
    </Page>
  );
}
