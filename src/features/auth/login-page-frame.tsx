import { Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { usesTokens } from '../../services/session';

/**
 * Where a login page sends the user once signed in: back to the page that sent them here (`redirect`, a path
 * inside the app only), else `fallback`.
 */
export function useLoginRedirect(fallback: () => void) {
  const { params } = useRouter();
  const redirect = params.redirect ? decodeURIComponent(params.redirect) : undefined;
  const done = () => {
    if (redirect && redirect.startsWith('/')) void Taro.redirectTo({ url: redirect }).catch(fallback);
    else fallback();
  };
  return { redirect, done };
}

/**
 * The frame of every login page: inside WeChat there is nothing to log in to (the openid is the identity);
 * in a browser, the title and, when the user was sent here, the promise to take them back.
 */
export function LoginPageFrame({
  title,
  subtitle,
  redirect,
  children,
}: {
  title: string;
  subtitle: string;
  redirect?: string;
  children: ReactNode;
}) {
  if (!usesTokens()) {
    return (
      <Page title="无需登录">
        <Notice tone="info" title="在微信中使用时，系统会自动识别您的身份。" />
      </Page>
    );
  }
  return (
    <Page title={title} subtitle={subtitle}>
      {redirect ? (
        <Notice tone="info">
          <Text>登录后将回到刚才的页面。</Text>
        </Notice>
      ) : null}
      {children}
    </Page>
  );
}
