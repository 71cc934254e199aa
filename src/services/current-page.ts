import Taro from '@tarojs/taro';

/** The URL of the page on screen (path and query), to come back to it after logging in. */
export const currentPageUrl = (): string => {
  const router = Taro.getCurrentInstance().router;
  const path = (router?.path ?? '/pages/index/index').split('?')[0] ?? '/pages/index/index';
  const query = Object.entries(router?.params ?? {})
    .filter(([key, value]) => value !== undefined && !key.startsWith('$') && key !== 'stamp')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
};
