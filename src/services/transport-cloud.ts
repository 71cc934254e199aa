import Taro from '@tarojs/taro';
import { NETWORK_ERROR_CODE } from './api-error';
import { failure, isEnvelope, type Transport } from './transport';

/** Inside WeChat: the cloud function answers with the same envelope; identity is the caller's openid. */
export const cloudTransport: Transport = async (fn, action, data) => {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: { action, data } });
    if (isEnvelope(res.result)) return res.result;
    return failure(NETWORK_ERROR_CODE, '服务返回了无法识别的结果，请稍后再试。');
  } catch {
    return failure(NETWORK_ERROR_CODE, '网络连接失败，请检查网络后重试。');
  }
};
