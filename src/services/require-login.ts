import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { ROUTES } from '../constants/routes';
import { currentPageUrl } from './current-page';
import { clearSession, needsLogin } from './session';

let redirecting = false;

/** Sends the user to the login page and back here afterwards (local mode only). */
export const goToLogin = (): void => {
  const here = currentPageUrl();
  if (redirecting || here.startsWith(ROUTES.login)) return;
  redirecting = true;
  clearSession();
  void Taro.redirectTo({ url: `${ROUTES.login}?redirect=${encodeURIComponent(here)}` }).finally(() => {
    redirecting = false;
  });
};

/** For pages that need a signed-in user: false (and off to login) when there is none. */
export function useLoggedIn(): boolean {
  const loggedIn = !needsLogin();
  useEffect(() => {
    if (!loggedIn) goToLogin();
  }, [loggedIn]);
  return loggedIn;
}
