import Taro from '@tarojs/taro';
import type { Route } from '../constants/routes';

type Params = Record<string, string | number | undefined>;

export const urlOf = (route: Route, params: Params = {}): string => {
  const query = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return query ? `${route}?${query}` : route;
};

export const goTo = (route: Route, params?: Params): void => {
  void Taro.navigateTo({ url: urlOf(route, params) });
};

/** Replace the current page (a step of the flow that should not be "back"-able). */
export const replaceWith = (route: Route, params?: Params): void => {
  void Taro.redirectTo({ url: urlOf(route, params) });
};

export const goHome = (): void => {
  void Taro.reLaunch({ url: '/pages/index/index' });
};
