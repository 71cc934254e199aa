// End-to-end: the H5 build served by the real local server (server/start.ts) on a fresh data folder,
// driven in Chromium as parents and a reviewer would. `npm run test:e2e`; screenshots in ./artifacts.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { makeIdNumber } from '../../domain/id-number/make-id-number';
import { clickButton, clickText, hashUrl, launchBrowser, newPhone, see, shot } from './lib/browser';
import { acceptConsent, addChild, fillHukouAddress, loginAs } from './lib/flows';
import { startLocalServer } from './lib/local-server';

const ROOT = path.resolve(__dirname, '..', '..');
const CHILD_ID = makeIdNumber('110105', '2020-03-15', '123');
const MASKED = `${CHILD_ID.slice(0, 6)}********${CHILD_ID.slice(14)}`;
const DUPLICATE_MESSAGE = '该儿童本季已有一份有效报名，不能重复报名';
const FORBIDDEN_MESSAGE = '您的账号没有权限进行此操作。';

interface Shared {
  appNo?: string;
}

type Scenario = (browser: Browser, baseUrl: string, shared: Shared) => Promise<void>;

const scenarios: [string, Scenario][] = [
  [
    'a parent consents, adds a child, fills addresses, matches the zone and submits',
    async (browser, baseUrl, shared) => {
      const context = await newPhone(browser);
      const page = await context.newPage();
      await page.goto(hashUrl(baseUrl, '/pages/index/index'));
      await see(page, '我要报名');
      await see(page, '招生日程');
      await shot(page, 'a1-home');
      await clickText(page, '我要报名');
      await see(page, '本地演示登录');
      await shot(page, 'a2-login');
      await clickButton(page, '家长');
      await acceptConsent(page, '王芳', 'a3-consent');
      await addChild(page, '李小明', CHILD_ID, 'a4-child');
      await shot(page, 'a5-child-selected');
      await clickButton(page, '下一步：填写地址');
      await fillHukouAddress(page, '云溪区', '南湖路', '11');
      await shot(page, 'a6-address');
      await clickButton(page, '下一步：匹配学区');
      await see(page, '已为您匹配到施教区学校');
      await shot(page, 'a7-match');
      await clickButton(page, '选择此学校');
      await see(page, '确认并提交');
      await shot(page, 'a8-submit');
      await clickButton(page, '确认提交报名');
      await see(page, '我的报名');
      await see(page, '已提交');
      await see(page, MASKED);
      await shot(page, 'a9-applications');
      const text = await page
        .getByText(/报名编号/)
        .filter({ visible: true })
        .first()
        .innerText();
      shared.appNo = /报名编号\s*(\S+)/.exec(text)?.[1];
      if (!shared.appNo) throw new Error(`no application number in "${text}"`);
      await context.close();
    },
  ],
  [
    'a second parent with the same ID number is refused as a duplicate application',
    async (browser, baseUrl) => {
      const context = await newPhone(browser);
      const page = await context.newPage();
      await loginAs(page, baseUrl, '/pages/child/index', '家长');
      await acceptConsent(page, '张伟');
      await addChild(page, '李小明', CHILD_ID);
      await clickButton(page, '下一步：填写地址');
      await fillHukouAddress(page, '云溪区', '南湖路', '11');
      await clickButton(page, '下一步：匹配学区');
      await clickButton(page, '选择此学校');
      await see(page, '确认并提交');
      await clickButton(page, '确认提交报名');
      await see(page, '不能重复报名');
      await see(page, DUPLICATE_MESSAGE);
      await shot(page, 'b1-duplicate-refused');
      await context.close();
    },
  ],
  [
    'a reviewer sees the application with a masked ID number only',
    async (browser, baseUrl, shared) => {
      const context = await newPhone(browser);
      const page = await context.newPage();
      await loginAs(page, baseUrl, '/packages/staff/pages/review-list/index', '审核员', 'c0-login-reviewer');
      await see(page, '报名审核');
      if (!shared.appNo) throw new Error('scenario (a) did not record an application number');
      await see(page, shared.appNo);
      await see(page, MASKED);
      const html = await page.content();
      if (html.includes(CHILD_ID)) throw new Error('the full ID number is on the reviewer page');
      await shot(page, 'c1-review-list');
      await context.close();
    },
  ],
  [
    'a parent opening the reviewer page is refused',
    async (browser, baseUrl) => {
      const context = await newPhone(browser);
      const page = await context.newPage();
      await loginAs(page, baseUrl, '/packages/staff/pages/review-list/index', '家长');
      await see(page, FORBIDDEN_MESSAGE);
      const rows = await page.locator('.review-row').count();
      if (rows > 0) throw new Error(`a parent sees ${rows} review rows`);
      await shot(page, 'd1-parent-forbidden');
      await context.close();
    },
  ],
];

const main = async (): Promise<void> => {
  // E2E_BASE_URL: run against a server that is already up instead of starting one.
  const server = process.env.E2E_BASE_URL ? undefined : await startLocalServer(ROOT);
  const baseUrl = process.env.E2E_BASE_URL ?? server!.baseUrl;
  const browser = await launchBrowser();
  const shared: Shared = {};
  let passed = 0;
  let failed = 0;
  try {
    for (const [name, scenario] of scenarios) {
      const started = Date.now();
      try {
        await scenario(browser, baseUrl, shared);
        passed++;
        console.log(`✓ ${name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`✗ ${name}\n  ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
  } finally {
    await browser.close();
    if (server && failed > 0) console.log(`--- server log ---\n${server.log().slice(-4000)}`);
    await server?.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
};

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 4 failed');
  process.exit(1);
});
