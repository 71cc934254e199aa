import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import { DevLoginPanel } from '../../features/auth/dev-login-panel';
import { LoginPageFrame, useLoginRedirect } from '../../features/auth/login-page-frame';
import { ROUTES } from '../../constants/routes';
import { goHome, goTo } from '../../utils/navigate';

/** Local mode only: WeChat users are identified by their openid and never see this page. */
export default function LoginPage() {
  const { redirect, done } = useLoginRedirect(goHome);
  return (
    <LoginPageFrame
      title="本地演示登录"
      subtitle="本地运行时没有微信身份，请选择一个角色体验；数据只保存在本机。"
      redirect={redirect}
    >
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
    </LoginPageFrame>
  );
}
