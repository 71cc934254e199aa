import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Card } from '../../../../components/card';
import { Notice } from '../../../../components/notice';
import { Page } from '../../../../components/page';
import { ROUTES } from '../../../../constants/routes';
import { StaffLoginForm } from '../../../../features/auth/staff-login-form';
import { usesTokens, usesWebLogin } from '../../../../services/session';
import { goTo } from '../../../../utils/navigate';

/**
 * The staff console's door in a browser: the local server (token) and the CloudBase build (custom login)
 * alike. In WeChat staff are known by their openid and never see it.
 */
export default function StaffLoginPage() {
  const { params } = useRouter();
  const redirect = params.redirect ? decodeURIComponent(params.redirect) : undefined;
  const done = () => {
    const target = redirect && redirect.startsWith('/') ? redirect : ROUTES.reviewList;
    void Taro.redirectTo({ url: target }).catch(() => goTo(ROUTES.reviewList));
  };

  if (!usesTokens()) {
    return (
      <Page title="无需登录">
        <Notice tone="info" title="在微信中使用时，系统会自动识别您的身份。" />
      </Page>
    );
  }
  return (
    <Page title="工作人员登录" subtitle="区县教育局招生审核与管理人员使用；账号由本区管理员开设。">
      {redirect ? (
        <Notice tone="info">
          <Text>登录后将回到刚才的页面。</Text>
        </Notice>
      ) : null}
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
    </Page>
  );
}
