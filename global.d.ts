/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

/** CloudBase environment id, injected by config/index.ts (empty: the default environment). */
declare const CLOUD_ENV: string;
/** H5 build only: CloudBase environment of the staff console's web login; empty = HTTP API. */
declare const WEB_CLOUD_ENV: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'harmony';
    TARO_APP_ID?: string;
  }
}
