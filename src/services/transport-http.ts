import Taro from '@tarojs/taro';
import { NETWORK_ERROR_CODE } from './api-error';
import { getToken } from './session';
import { failure, isEnvelope, type Transport } from './transport';

/** Local runtime and H5: POST /api/<function> on the same origin, identity by bearer token. */
export const httpTransport: Transport = async (fn, action, data) => {
  const token = getToken();
  try {
    const res = await Taro.request({
      url: `/api/${fn}`,
      method: 'POST',
      data: { action, data },
      dataType: 'json',
      header: {
        'content-type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });
    if (isEnvelope(res.data)) return res.data;
    return failure(NETWORK_ERROR_CODE, `服务暂时不可用（状态 ${res.statusCode}），请稍后再试。`);
  } catch {
    return failure(NETWORK_ERROR_CODE, '网络连接失败，请检查网络后重试。');
  }
};
