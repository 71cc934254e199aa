import { nodeSdkSubscribeClient, SUBSCRIBE_SEND_API, type SubscribeSendRequest } from './wx-subscribe-client';

const request: SubscribeSendRequest = {
  touser: 'o-1',
  template_id: 'tpl',
  page: 'pages/applications/index',
  data: { thing1: { value: '报名已提交' } },
  miniprogram_state: 'formal',
  lang: 'zh_CN',
};

/** The node-sdk app as the adapter sees it: what it was asked, and a scripted answer. */
const appAnswering = (answer: object) => {
  const calls: unknown[] = [];
  return {
    calls,
    app: {
      callWxOpenApi: async (options: { apiName: string; requestData: unknown }) => {
        calls.push(options);
        return answer;
      },
    },
  };
};

describe('subscribeMessage.send through the node-sdk', () => {
  it('posts the request as it is to the open API path and returns WeChat’s answer', async () => {
    const { app, calls } = appAnswering({
      result: { errcode: 43101, errmsg: 'user refuse' },
      requestId: 'r',
    });
    expect(await nodeSdkSubscribeClient(app).send(request)).toEqual({
      errcode: 43101,
      errmsg: 'user refuse',
    });
    expect(calls).toEqual([{ apiName: SUBSCRIBE_SEND_API, requestData: request }]);
    expect(SUBSCRIBE_SEND_API).toBe('/cgi-bin/message/subscribe/send');
  });

  it('throws on a platform error or an answer that is not WeChat’s', async () => {
    await expect(
      nodeSdkSubscribeClient(appAnswering({ code: 'PERMISSION_DENIED', message: 'no openapi' }).app).send(
        request,
      ),
    ).rejects.toThrow('CloudBase PERMISSION_DENIED: no openapi');
    await expect(
      nodeSdkSubscribeClient(appAnswering({ result: '<html>' }).app).send(request),
    ).rejects.toThrow(/unexpected answer/);
  });
});
