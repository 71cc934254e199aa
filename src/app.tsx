import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import './app.scss';

// Inside WeChat the cloud SDK must be initialised once before any callFunction.
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true });
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
