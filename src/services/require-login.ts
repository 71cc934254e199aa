import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { ROUTES } from '../constants/routes';
import { currentPageUrl } from './current-page';
import { clearSession, needsLogin, usesWebLogin } from './session';

let redirecting = false;

/**
 * Sends the user to the login page and back here afterwards (browsers only). The CloudBase staff console has
 * no demo login: its login page is the staff one.
 */
export const goToLogin = (): void => {
  const here = currentPageUrl();
  const login = usesWebLogin() ? ROUTES.staffLogin : ROUTES.login;
  if (redirecting || here.startsWith(ROUTES.login) || here.startsWith(ROUTES.staffLogin)) return;
  redirecting = true;
  clearSession();
  void Taro.redirectTo({ url: `${login}?redirect=${encodeURIComponent(here)}` }).finally(() => {
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
