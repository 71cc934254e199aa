import { Text, View } from '@tarojs/components';
import { Notice } from '../../components/notice';
import type { ApiError } from '../../services/api-error';
import { goToLogin } from '../../services/require-login';
import { usesTokens } from '../../services/session';

/** The backend refused the caller's role: the page shows this instead of its content (and no 重试). */
export const isForbidden = (error?: ApiError): boolean => error?.code === 'AUTH.FORBIDDEN';

/**
 * A page of one role opened by another: the backend's words, who the page is for and, in a browser, a way
 * to log in as someone else. In WeChat the identity is the openid: there is no one to switch to.
 */
export function ForbiddenNotice({
  error,
  who,
  switchTo,
}: {
  error?: ApiError;
  who: string;
  switchTo: string;
}) {
  return (
    <Notice tone="error" title={error?.message ?? '您的账号没有权限进行此操作。'}>
      <Text>{who}</Text>
      {usesTokens() ? (
        <View>
          <Text className="notice__link" onClick={goToLogin}>
            {switchTo}
          </Text>
        </View>
      ) : null}
    </Notice>
  );
}
