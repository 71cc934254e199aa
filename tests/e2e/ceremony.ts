// Case (j), R3 in the console on a real draw: a second local server started with DEMO_SCENARIO=lottery
// (179 applications filed through the real functions, 凤鸣小学 oversubscribed in 一类, the clock past the
// withdrawal deadline). An administrator sees the plan, schedules the draw, the clock moves past the
// publication lead, observers and the notary are recorded, the draw runs, results are published; the public
// page verifies the real record on the phone; families read their results.
import type { Browser, Page } from 'playwright-core';
import { lotteryScenarioFamilies } from '../../server/demo-scenario';
import type { MyDraw } from '../../types/models/draw';
import { callApi } from './lib/api';
import { clickButton, clickText, fill, hashUrl, newPhone, see, shot } from './lib/browser';
import { moveClock } from './lib/clock';
import { loginAs } from './lib/flows';
import { startLocalServer } from './lib/local-server';
import { optInToSharedSeats } from './shared-seats';

const CONSOLE = '/packages/staff/pages/placement/index';
const SCHOOL = '云溪区凤鸣小学';

/** The n-th scenario family's parent of a kind, logged in through the local API (devLogin, its subject). */
const parentSession = async (baseUrl: string, kind: string, nth = 0) => {
  const family = lotteryScenarioFamilies().filter((f) => f.kind === kind)[nth]!;
  return callApi<{ token: string; user: unknown; expiresAt: string }>(baseUrl, 'auth', 'devLogin', {
    role: 'parent',
    subject: family.subject,
  });
};

/** Opens 我的报名 as that parent: the app's stored session is what its own login would have saved. */
const openAsParent = async (browser: Browser, baseUrl: string, kind: string, nth = 0): Promise<Page> => {
  const session = await parentSession(baseUrl, kind, nth);
  const context = await newPhone(browser);
  await context.addInitScript((s) => {
    localStorage.setItem('ryjs.session', JSON.stringify({ data: s }));
  }, session);
  const page = await context.newPage();
  await page.goto(hashUrl(baseUrl, '/pages/applications/index'));
  await see(page, '我的报名');
  return page;
};

/** The first family of the drawn tier (in scenario order) whose draw entry passes `test`, by the local API. */
const familyWhere = async (baseUrl: string, test: (d: MyDraw) => boolean) => {
  for (const kind of ['owner', 'twins']) {
    const count = lotteryScenarioFamilies().filter((f) => f.kind === kind).length;
    for (let nth = 0; nth < count; nth++) {
      const { token } = await parentSession(baseUrl, kind, nth);
      const mine = await callApi<MyDraw[]>(baseUrl, 'lottery', 'myDraw', {}, token);
      if (mine.some(test)) return { kind, nth };
    }
  }
  throw new Error('no family of the drawn tier matches');
};

/**
 * Part 8, in the parent's page: a family the draw admitted gives its seat up; the next family still waiting
 * in ranking order is offered it with a deadline and accepts it.
 */
const waitlistMoves = async (browser: Browser, baseUrl: string) => {
  const admitted = await familyWhere(baseUrl, (d) => d.result === 'admitted');
  const leaving = await openAsParent(browser, baseUrl, admitted.kind, admitted.nth);
  await clickButton(leaving, '放弃学位');
  await see(leaving, '确认放弃学位？');
  await clickText(leaving, '确认放弃');
  await see(leaving, '已放弃学位');
  await shot(leaving, 'j13-parent-declined');
  await leaving.context().close();

  const offered = await familyWhere(baseUrl, (d) => d.offer?.status === 'open');
  const next = await openAsParent(browser, baseUrl, offered.kind, offered.nth);
  await see(next, /有录取家庭放弃了学位，按摇号顺位递补给您。请在 .+ 前确认/);
  await see(next, '递补待确认');
  await shot(next, 'j14-parent-offered');
  await clickButton(next, '确认递补学位');
  await see(next, '确认递补学位？');
  await clickText(next, '确认递补');
  await see(next, '递补录取');
  await shot(next, 'j15-parent-offer-accepted');
  await next.context().close();
};

export const ceremonyInTheConsole = async (browser: Browser, root: string): Promise<void> => {
  const server = await startLocalServer(root, { DEMO_SCENARIO: 'lottery', RATE_LIMIT_BURST: '1000' });
  const { baseUrl } = server;
  try {
    const context = await newPhone(browser);
    const page = await context.newPage();
    await loginAs(page, baseUrl, CONSOLE, '管理员');
    await see(page, '录取与摇号');
    await see(page, SCHOOL);
    await see(page, '需摇号');
    await see(page, '需要摇号的 1 场中已完成 0 场。');
    await shot(page, 'j1-console-plan');

    await clickText(page, '安排摇号 ›');
    await see(page, '确认安排并公示');
    await see(page, /该类别 146 人，剩余学位 131 个/);
    await shot(page, 'j2-schedule');
    await clickButton(page, '确认安排并公示');
    await see(page, '现场观察员（0）');
    await see(page, '已公示承诺');
    await shot(page, 'j3-committed');
    const drawId = new URL(page.url().replace('/#/', '/')).searchParams.get('drawId');
    if (!drawId) throw new Error(`no drawId in ${page.url()}`);

    // The publication lead: 24 hours and more. Sessions are judged by the moved clock: log in again.
    await moveClock(baseUrl, { advanceHours: 25 });
    await page.evaluate(() => localStorage.removeItem('ryjs.session'));
    await loginAs(page, baseUrl, `/packages/staff/pages/ceremony/index?drawId=${drawId}`, '管理员');
    await see(page, '摇号现场');
    await fill(page, 'observer-name', '钱公正');
    await clickButton(page, '登记观察员');
    await see(page, '现场观察员（1）');
    await clickText(page, '人大代表');
    await fill(page, 'observer-name', '赵红梅');
    await clickButton(page, '登记观察员');
    await see(page, '现场观察员（2）');
    await fill(page, 'public-entropy', '20260721-3-5-6-1');
    await page
      .locator('#notary-attestation textarea')
      .filter({ visible: true })
      .first()
      .fill('经现场监督，摇号程序合法有效。');
    await shot(page, 'j4-ceremony-ready');
    await clickButton(page, '开始摇号');
    await see(page, '确认开始摇号？');
    await clickButton(page, '确认，开始摇号');
    await see(page, '摇号已完成，记录已公示');
    await see(page, '经现场监督，摇号程序合法有效。');
    await shot(page, 'j5-drawn');

    // R2.2: a 三类 family (凤鸣小学 is full before its tier) asks for shared seats at 北辰小学; after the school
    // draw it still waits, so it enters the large district's shared round, which has its own ceremony.
    const asker = await openAsParent(browser, baseUrl, 'hukou_only');
    await optInToSharedSeats(asker, ['云溪区北辰小学'], 'j6a-parent-asks-shared');
    await asker.context().close();
    await page.goto(hashUrl(baseUrl, CONSOLE));
    await page.reload();
    await see(page, '城北学区 · 共享学位');
    await see(page, /本校摇号后仍在候补的申请 \d+ 个单位/);
    await see(page, '城北学区的共享学位摇号尚未完成。');
    await shot(page, 'j6-console-shared');
    await clickText(page, '安排共享学位摇号 ›');
    await see(page, '城北学区 · 大学区共享学位');
    await clickButton(page, '确认安排并公示');
    await see(page, '现场观察员（0）');
    const sharedId = new URL(page.url().replace('/#/', '/')).searchParams.get('drawId');
    await fill(page, 'observer-name', '孙公证');
    await clickButton(page, '登记观察员');
    await see(page, '现场观察员（1）');
    await moveClock(baseUrl, { advanceHours: 25 });
    await page.evaluate(() => localStorage.removeItem('ryjs.session'));
    await loginAs(page, baseUrl, `/packages/staff/pages/ceremony/index?drawId=${sharedId}`, '管理员');
    await fill(page, 'public-entropy', '20260722-9-9-4');
    await page
      .locator('#notary-attestation textarea')
      .filter({ visible: true })
      .first()
      .fill('共享学位摇号程序合法有效。');
    await clickButton(page, '开始摇号');
    await clickButton(page, '确认，开始摇号');
    await see(page, '共享学位摇号已完成，记录已公示');
    await see(page, /\d+ 个单位分配到学位/);
    await see(page, '摇号名次与分配学校');
    await see(page, '云溪区北辰小学');
    await shot(page, 'j7-shared-drawn');

    await page.goto(hashUrl(baseUrl, CONSOLE));
    await page.reload();
    await see(page, '公布录取结果');
    await clickButton(page, '公布录取结果');
    await see(page, '录取结果已公布');
    await see(page, /核对摇号记录 2 份，全部一致/);
    await shot(page, 'j8-published');

    await page.goto(hashUrl(baseUrl, `/packages/public/pages/draw-detail/index?drawId=${drawId}`));
    await page.reload();
    await see(page, '已摇号');
    await see(page, '赵红梅');
    await clickButton(page, '在本机验证');
    await see(page, /验证通过（用时 \d+ 毫秒）/);
    await shot(page, 'j9-public-verified');
    await context.close();

    const green = await openAsParent(browser, baseUrl, 'military');
    await see(green, '已录取');
    await see(green, '录取学校：云溪区凤鸣小学');
    await see(green, /绿色通道共 \d+ 人报名，未超过剩余学位 135 个，无需摇号，全部录取。/);
    await shot(green, 'j10-parent-admitted-green');
    await green.context().close();
    const shared = await openAsParent(browser, baseUrl, 'hukou_only');
    await see(shared, '录取学校：云溪区北辰小学');
    await see(shared, /大学区共享学位摇号在 \d+ 个报名单元中排第 \d+ 位，分配至云溪区北辰小学。/);
    await shot(shared, 'j11-parent-shared-seat');
    await shared.context().close();
    const full = await openAsParent(browser, baseUrl, 'hukou_only', 3);
    await see(full, /名额已满：排在前面的类别已用完全部学位/);
    await shot(full, 'j12-parent-full');
    await full.context().close();
    await waitlistMoves(browser, baseUrl);
  } catch (e) {
    console.log(`--- lottery server log ---\n${server.log().slice(-3000)}`);
    throw e;
  } finally {
    await server.stop();
  }
};
