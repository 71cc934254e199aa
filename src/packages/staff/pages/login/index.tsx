import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '../../../../components/card';
import { ROUTES } from '../../../../constants/routes';
import { LoginPageFrame, useLoginRedirect } from '../../../../features/auth/login-page-frame';
import { StaffLoginForm } from '../../../../features/auth/staff-login-form';
import { usesWebLogin } from '../../../../services/session';
import { goTo } from '../../../../utils/navigate';

/**
 * The staff console's door in a browser: the local server (token) and the CloudBase build (custom login)
 * alike. In WeChat staff are known by their openid and never see it.
 */
export default function StaffLoginPage() {
  const { redirect, done } = useLoginRedirect(() => void Taro.redirectTo({ url: ROUTES.reviewList }));
  return (
    <LoginPageFrame
      title="工作人员登录"
      subtitle="区县教育局招生审核与管理人员使用；账号由本区管理员开设。"
      redirect={redirect}
    >
      <Card>
        <StaffLoginForm onDone={done} />
      </Card>
      <View className="muted">
        <Text>忘记密码或账号被锁定，请联系本区管理员重设密码。连续输错 5 次后需等待几分钟再试。</Text>
      </View>
      {usesWebLogin() ? null : (
        <Text className="footer-note" onClick={() => goTo(ROUTES.login)}>
          本地演示：不用账号，按角色体验 ›
        </Text>
      )}
    </LoginPageFrame>
  );
}
