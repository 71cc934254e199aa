import { createWechatSubscribeNotifier } from '../../cloudfunctions/adapters/notifier/wechat-subscribe';
import type {
  SubscribeSendRequest,
  SubscribeSendResult,
  WxSubscribeClient,
} from '../../cloudfunctions/adapters/notifier/wx-subscribe-client';
import { newId } from '../../cloudfunctions/lib/new-id';
import type { Ports } from '../../cloudfunctions/lib/ports/ports';
import { MAX_DELIVERY_ATTEMPTS, runDelivery } from '../../cloudfunctions/notify/deliver';
import { messageFor } from '../../cloudfunctions/notify/message-for';
import { applicationFor, parentWithChild } from './support/demo-family';
import { rowCounts, tempDbFile } from './support/row-counts';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';
import { submitVerified, verifyFamily } from './support/verified-family';

let rt: TestRuntime;
let file: string;
beforeEach(async () => {
  file = tempDbFile();
  rt = await startTestRuntime(file);
});
afterEach(() => rt.close());
/** Messages of one instant have no order between them: tests move the clock as real time would. */
const later = () => rt.clock.set(new Date(rt.clock.now().getTime() + 60_000).toISOString());

describe('messages are written with the change they report', () => {
  it('submit writes exactly one message, with the application number, for the parent only', async () => {
    const parent = await rt.login('parent', { subject: 'p-a' });
    const child = await parentWithChild(parent);
    const before = rowCounts(file).messages;
    const app = await parent.ok('enroll', 'submit', applicationFor(child.id));
    expect(rowCounts(file).messages).toBe(before! + 1);
    const mine = await parent.ok('notify', 'listMine', {});
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'application_received',
        title: '报名已提交',
        applicationId: app.id,
        appNo: app.appNo,
        read: false,
      }),
    ]);
    expect(mine[0]!.body).toContain(app.appNo);

    const other = await rt.login('parent', { subject: 'p-b' });
    expect(await other.ok('notify', 'listMine', {})).toEqual([]);
    const stolen = await other.call('notify', 'markRead', { messageId: mine[0]!.id });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'NOT_FOUND.MESSAGE' } });
    expect(await parent.ok('notify', 'markRead', { messageId: mine[0]!.id })).toMatchObject({ read: true });
  });

  it('writes neither the application nor its message when the transaction fails after the message', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    const before = rowCounts(file);
    jest.spyOn(rt.ports.store, 'transaction').mockImplementationOnce((fn) =>
      rt.ports.store.transaction.call(rt.ports.store, async (tx) =>
        fn({
          ...tx,
          messages: {
            ...tx.messages,
            insert: async (m) => {
              await tx.messages.insert(m);
              throw new Error('disk full');
            },
          },
        }),
      ),
    );
    const r = await parent.call('enroll', 'submit', applicationFor(child.id));
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL.ERROR' } });
    expect(rowCounts(file)).toEqual(before);
    await parent.ok('enroll', 'submit', applicationFor(child.id));
    expect(await parent.ok('notify', 'listMine', {})).toHaveLength(1);
  });

  it('tells the parent about a withdrawal, newest message first', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    const app = await parent.ok('enroll', 'submit', applicationFor(child.id));
    later();
    await parent.ok('enroll', 'withdraw', { applicationId: app.id });
    expect((await parent.ok('notify', 'listMine', {})).map((m) => m.kind)).toEqual([
      'application_withdrawn',
      'application_received',
    ]);
  });

  it('tells the parent when the re-check completes a 待核验 application', async () => {
    const parent = await rt.login('parent');
    rt.simulator.setFaults({ down: ['property'] });
    const { child, verification } = await verifyFamily(parent, 'standard');
    const r = await submitVerified(parent, child.id, verification, 's-south-1');
    if (!r.ok) throw new Error(r.error.code);
    expect((await parent.ok('notify', 'listMine', {}))[0]?.title).toBe('报名已受理（待核验）');
    rt.simulator.setFaults({});
    later();
    const admin = await rt.login('admin');
    await admin.ok('verify', 'recheck', {});
    const [latest] = await parent.ok('notify', 'listMine', {});
    expect(latest).toMatchObject({ kind: 'verification_completed', applicationId: r.data.id });
  });

  it('closes the outbox locally as in-app only (the admin action and the timer are one)', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    await parent.ok('enroll', 'submit', applicationFor(child.id));
    const admin = await rt.login('admin');
    expect(await admin.ok('notify', 'deliver', {})).toMatchObject({ checked: 1, inAppOnly: 1 });
    expect(await rt.ports.store.messages.listPending(10)).toEqual([]);
    expect(await parent.ok('notify', 'listMine', {})).toHaveLength(1);
  });
});

/** Stands in for WeChat: answers from a script per openid, and records what it was asked. */
class FakeWechat implements WxSubscribeClient {
  requests: SubscribeSendRequest[] = [];
  constructor(private script: Record<string, (SubscribeSendResult | Error)[]>) {}
  async send(request: SubscribeSendRequest) {
    this.requests.push(request);
    const next = this.script[request.touser]?.shift() ?? { errcode: 0, errmsg: 'ok' };
    if (next instanceof Error) throw next;
    return next;
  }
}

describe('delivery as WeChat subscribe messages (through a fake of the open API)', () => {
  const TEMPLATE = 'TplApplicationReceived0123456789abcdefghijk';
  const withWechat = (fake: FakeWechat): Ports => ({
    ...rt.ports,
    notifier: createWechatSubscribeNotifier(fake, {
      templates: { application_received: TEMPLATE },
      page: 'pages/applications/index',
      miniprogramState: 'formal',
    }),
  });
  const wechatParentWithMessage = async (openid: string, kind = 'application_received' as const) => {
    const { store } = rt.ports;
    const id = newId('user');
    await store.users.insert({
      id,
      provider: 'wechat',
      subject: openid,
      role: 'parent',
      name: '家长',
      createdAt: rt.clock.now().toISOString(),
    });
    const app = { id: `app-${openid}`, appNo: '2026-P00042', guardianId: id, childName: '李小明' };
    await store.transaction((tx) =>
      rt.ports.notifier.notify(
        tx,
        messageFor(kind, { ...app, status: 'submitted' }, rt.clock.now().toISOString()),
      ),
    );
    const [m] = await store.messages.listForUser(id, 1);
    return m!;
  };

  it('sends a pending message once, to the parent’s openid, with the template and 我的报名', async () => {
    const m = await wechatParentWithMessage('o-sent');
    const fake = new FakeWechat({});
    expect(await runDelivery(withWechat(fake), 10)).toMatchObject({ checked: 1, sent: 1 });
    expect(fake.requests).toEqual([
      {
        touser: 'o-sent',
        template_id: TEMPLATE,
        page: `pages/applications/index?applicationId=${m.applicationId}`,
        data: {
          thing1: { value: '报名已提交' },
          character_string2: { value: '2026-P00042' },
          time3: { value: '2026年6月1日 10:00' },
          thing4: { value: expect.stringMatching(/^.{19}…$/u) },
        },
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      },
    ]);
    expect(await rt.ports.store.messages.get(m.id)).toMatchObject({ status: 'sent', channel: 'wechat' });
    expect(await runDelivery(withWechat(fake), 10)).toMatchObject({ checked: 0 });
    expect(fake.requests).toHaveLength(1);
  });

  it('marks a parent who has not subscribed (43101) as skipped and never asks again', async () => {
    const m = await wechatParentWithMessage('o-refused');
    const fake = new FakeWechat({
      'o-refused': [{ errcode: 43101, errmsg: 'user refuse to accept the msg' }],
    });
    expect(await runDelivery(withWechat(fake), 10)).toMatchObject({ skipped: 1 });
    expect(await rt.ports.store.messages.get(m.id)).toMatchObject({ status: 'skipped', attempts: 1 });
    await runDelivery(withWechat(fake), 10);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries after a failure and sends on the next run', async () => {
    const m = await wechatParentWithMessage('o-flaky');
    const fake = new FakeWechat({ 'o-flaky': [new Error('ETIMEDOUT')] });
    expect(await runDelivery(withWechat(fake), 10)).toMatchObject({ retrying: 1, sent: 0 });
    expect(await rt.ports.store.messages.get(m.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'ETIMEDOUT',
    });
    expect(await runDelivery(withWechat(fake), 10)).toMatchObject({ sent: 1 });
    expect(await rt.ports.store.messages.get(m.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up after the attempt cap, keeping the message readable in the app', async () => {
    const m = await wechatParentWithMessage('o-broken');
    const bad = { errcode: 47003, errmsg: 'argument invalid! data.thing4.value' };
    const fake = new FakeWechat({ 'o-broken': Array.from({ length: MAX_DELIVERY_ATTEMPTS }, () => bad) });
    for (let i = 1; i < MAX_DELIVERY_ATTEMPTS; i++)
      expect(await runDelivery(withWechat(fake), 10)).toMatchObject({ retrying: 1 });
    expect(await runDelivery(withWechat(fake), 10)).toMatchObject({ failed: 1 });
    expect(await rt.ports.store.messages.get(m.id)).toMatchObject({
      status: 'failed',
      attempts: MAX_DELIVERY_ATTEMPTS,
      lastError: '47003 argument invalid! data.thing4.value',
    });
    expect(await rt.ports.store.messages.listForUser(m.userId, 10)).toHaveLength(1);
  });

  it('skips a kind without a template and a user without a WeChat identity, without calling WeChat', async () => {
    const noTemplate = await wechatParentWithMessage('o-withdrawn', 'application_withdrawn' as never);
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    await parent.ok('enroll', 'submit', applicationFor(child.id));
    const fake = new FakeWechat({});
    expect(await runDelivery(withWechat(fake), 10)).toMatchObject({ checked: 2, skipped: 2 });
    expect(fake.requests).toEqual([]);
    expect((await rt.ports.store.messages.get(noTemplate.id))?.lastError).toBe(
      'no template for application_withdrawn',
    );
  });
});
