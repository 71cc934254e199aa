import { z } from 'zod';

/**
 * The body of WeChat's subscribeMessage.send (POST https://api.weixin.qq.com/cgi-bin/message/subscribe/send,
 * developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html).
 */
export interface SubscribeSendRequest {
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogram_state: 'developer' | 'trial' | 'formal';
  lang: 'zh_CN';
}

/** WeChat's answer: errcode 0 is sent; 43101 the user has not subscribed (or unsubscribed). */
export interface SubscribeSendResult {
  errcode: number;
  errmsg: string;
}

/**
 * The boundary we cannot reach from tests: the adapter depends on this, tests give it a fake, production
 * gives it `nodeSdkSubscribeClient`. Throws only when WeChat could not be asked (network, platform).
 */
export interface WxSubscribeClient {
  send(request: SubscribeSendRequest): Promise<SubscribeSendResult>;
}

/** The slice of `tcb.init(...)` the client uses: node-sdk's open-API call (action `wx.api`). */
export interface WxOpenApiApp {
  callWxOpenApi(options: {
    apiName: string;
    requestData: unknown;
  }): Promise<{ result?: unknown; code?: string; message?: string; requestId?: string }>;
}

/** The open API's path: the node-sdk forwards `requestData` as JSON to it through the cloud-call channel. */
export const SUBSCRIBE_SEND_API = '/cgi-bin/message/subscribe/send';

const resultSchema = z.object({ errcode: z.number(), errmsg: z.string().default('') });

/**
 * Cloud call (云调用) from a function: `callWxOpenApi` signs the request with the function's WeChat
 * cloud-call token (WX_API_TOKEN, or WX_TRIGGER_API_TOKEN_V0 under a timer trigger), so no appsecret or
 * access_token is handled here. The function's config.json must grant `subscribeMessage.send`.
 * A platform error comes back as `{ code, message }`; WeChat's own answer is the JSON in `result`.
 */
export const nodeSdkSubscribeClient = (app: WxOpenApiApp): WxSubscribeClient => ({
  send: async (request) => {
    const res = await app.callWxOpenApi({ apiName: SUBSCRIBE_SEND_API, requestData: request });
    if (res.code) throw new Error(`CloudBase ${res.code}: ${res.message ?? ''}`.trim());
    const parsed = resultSchema.safeParse(res.result);
    if (!parsed.success)
      throw new Error(`unexpected answer from subscribeMessage.send (${res.requestId ?? '-'})`);
    return parsed.data;
  },
});
