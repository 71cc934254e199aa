import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { AppButton } from '../../components/app-button';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { DevLoginPanel } from '../../features/auth/dev-login-panel';
import { usesTokens } from '../../services/session';
import { ROUTES } from '../../constants/routes';
import { goHome, goTo } from '../../utils/navigate';

/** Local mode only: WeChat users are identified by their openid and never see this page. */
export default function LoginPage() {
  const { params } = useRouter();
  const redirect = params.redirect ? decodeURIComponent(params.redirect) : undefined;

  const done = () => {
    if (redirect && redirect.startsWith('/')) void Taro.redirectTo({ url: redirect }).catch(goHome);
    else goHome();
  };

  if (!usesTokens()) {
    return (
      <Page title="无需登录">
        <Notice tone="info" title="在微信中使用时，系统会自动识别您的身份。" />
      </Page>
    );
  }
  return (
    <Page title="本地演示登录" subtitle="本地运行时没有微信身份，请选择一个角色体验；数据只保存在本机。">
      {redirect ? (
        <Notice tone="info">
          <Text>登录后将回到刚才的页面。</Text>
        </Notice>
      ) : null}
      <View className="card row">
        <View>
          <Text className="list-item__title">工作人员账号</Text>
          <View>
            <Text className="muted">用管理员开设的登录名和密码登录（本机自建部署也用这里）</Text>
          </View>
        </View>
        <AppButton
          small
          kind="secondary"
          onClick={() => goTo(ROUTES.staffLogin, redirect ? { redirect } : {})}
        >
          账号登录
        </AppButton>
      </View>
      <DevLoginPanel onDone={done} />
    </Page>
  );
}
