// Case (i), R3 public pages: 阳光摇号公示 without login, a draw's record verified on the phone, a parent's
// own rank, the record downloaded; and 我的报名 showing the parent's draw result.
//
// The real server is asked first: with the demo season's withdrawal deadline weeks ahead it has no draw
// and refuses to schedule one (its clock cannot move), so the empty list and the "not found" detail are
// what it can show. The drawn pages are then driven with API answers stubbed in the browser, built by the
// real algorithm (lottery-fixture.ts) — the verifier in the page recomputes them for real.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { callApi, devToken } from './lib/api';
import { clickButton, clickText, fill, hashUrl, newPhone, see, shot } from './lib/browser';
import { loginAs } from './lib/flows';
import {
  COMMITTED_ID,
  DETAILS,
  DRAWN_ID,
  drawnRecord,
  LIST,
  myDraw,
  rankOf,
  someAppNo,
  TAMPERED_ID,
} from './lottery-fixture';

const NOT_FOUND_MESSAGE = '找不到这场摇号，请返回摇号公示列表刷新后重试。';

const scheduleIsRefused = async (baseUrl: string) => {
  const admin = await devToken(baseUrl, 'admin');
  const scheduledAt = new Date(Date.now() + 25 * 3600_000).toISOString();
  const input = { seasonId: '2026', schoolId: 's-south-1', tier: 'class-1', scheduledAt };
  const refusal = await callApi(baseUrl, 'lottery', 'schedule', input, admin).then(
    () => 'scheduled',
    (e: Error) => e.message,
  );
  if (!refusal.includes('LOTTERY.LIST_NOT_FINAL')) {
    throw new Error(`expected LOTTERY.LIST_NOT_FINAL before the withdrawal deadline, got: ${refusal}`);
  }
  console.log('  lottery.schedule refused before the withdrawal deadline: drawn pages use stubbed answers');
};

const realServerHasNoDraw = async (context: BrowserContext, baseUrl: string) => {
  const page = await context.newPage();
  await page.goto(hashUrl(baseUrl, '/pages/index/index'));
  await see(page, '阳光摇号公示');
  await shot(page, 'i1-home-link');
  await clickText(page, '阳光摇号公示');
  await see(page, /暂无摇号/);
  await shot(page, 'i2-draw-list-empty');
  await page.goto(hashUrl(baseUrl, `/packages/public/pages/draw-detail/index?drawId=${DRAWN_ID}`));
  await see(page, NOT_FOUND_MESSAGE);
  await see(page, '返回摇号公示列表 ›');
  await shot(page, 'i3-draw-not-found');
  await page.close();
};

/** Answers lottery.* from the fixture; every other call goes to the real server. */
const stubLottery = async (context: BrowserContext) => {
  await context.route('**/api/lottery', async (route) => {
    const { action, data } = route.request().postDataJSON() as { action: string; data: { drawId?: string } };
    const answer =
      action === 'listPublic'
        ? LIST
        : action === 'getRecord'
          ? DETAILS[data.drawId ?? '']
          : action === 'myDraw'
            ? [myDraw(someAppNo)]
            : undefined;
    if (answer === undefined) return route.continue();
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, data: answer }),
    });
  });
};

const openDetail = async (page: Page, baseUrl: string, drawId: string) => {
  await page.goto(hashUrl(baseUrl, `/packages/public/pages/draw-detail/index?drawId=${drawId}`));
  await page.reload(); // a fresh instance of the detail page for each draw
};

const drawnDraw = async (page: Page, baseUrl: string) => {
  await page.goto(hashUrl(baseUrl, '/packages/public/pages/draw-list/index'));
  await see(page, '已公示承诺');
  await see(page, '已摇号');
  await see(page, '12 个摇号单位（13 名儿童）争 5 个学位');
  await shot(page, 'i4-draw-list');
  await page.locator('.draw-item').filter({ hasText: '城南第一小学', visible: true }).first().click();
  await see(page, drawnRecord.seed);
  await see(page, '经现场监督，本次摇号程序合法，结果真实有效。');
  await see(page, '公证员');
  await clickButton(page, '在本机验证');
  await see(page, /验证通过（用时 \d+ 毫秒）/);
  const own = someAppNo;
  await fill(page, 'find-app-no', own);
  const admitted = drawnRecord.admitted.includes(own) ? '录取' : '候补';
  await see(page, `${own}：第 ${rankOf(own)} 名 / 共 ${drawnRecord.ranking.length} 个，${admitted}`);
  await shot(page, 'i5-draw-verified');

  const download = page.waitForEvent('download');
  await clickButton(page, '下载记录');
  const file = await (await download).path();
  const saved: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (JSON.stringify(saved) !== JSON.stringify(drawnRecord)) throw new Error('downloaded record differs');
  await see(page, `已下载 lottery-record-${DRAWN_ID}.json`);
};

const tamperedAndCommitted = async (page: Page, baseUrl: string) => {
  await openDetail(page, baseUrl, TAMPERED_ID);
  await clickButton(page, '在本机验证');
  await see(page, /验证失败：ranking（用时 \d+ 毫秒）/);
  await shot(page, 'i6-draw-tampered');

  await openDetail(page, baseUrl, COMMITTED_ID);
  await see(page, '参与摇号名单（12 个单位）');
  await see(page, drawnRecord.commitment);
  if ((await page.getByText('在本机验证').filter({ visible: true }).count()) > 0) {
    throw new Error('a draw that has not run offers verification');
  }
  await fill(page, 'find-app-no', someAppNo);
  await see(page, `${someAppNo} 在本场摇号名单中，摇号后可在此查看名次`);
  await shot(page, 'i7-draw-committed');
};

const parentSeesOwnDraw = async (browser: Browser, baseUrl: string) => {
  const context = await newPhone(browser);
  await stubLottery(context);
  const page = await context.newPage();
  await loginAs(page, baseUrl, '/pages/applications/index', '家长');
  const entry = myDraw(someAppNo);
  await see(page, `摇号结果：第 ${entry.rank} 名 / 共 ${entry.of} 个`);
  await see(page, entry.resultLabel);
  await see(page, entry.reason);
  await shot(page, 'i8-my-draw');
  await clickText(page, '查看摇号公示 ›');
  await see(page, drawnRecord.seed);
  await context.close();
};

export const publicLotteryPages = async (browser: Browser, baseUrl: string): Promise<void> => {
  const anonymous = await newPhone(browser);
  await realServerHasNoDraw(anonymous, baseUrl);
  await scheduleIsRefused(baseUrl);
  await stubLottery(anonymous);
  const page = await anonymous.newPage();
  await drawnDraw(page, baseUrl);
  await tamperedAndCommitted(page, baseUrl);
  await anonymous.close();
  await parentSeesOwnDraw(browser, baseUrl);
};
