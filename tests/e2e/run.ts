// End-to-end: the H5 build served by the real local server (server/start.ts) on a fresh data folder,
// driven in Chromium as parents and a reviewer would. `npm run test:e2e`; screenshots in ./artifacts.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { callApi, devToken } from './lib/api';
import {
  clickButton,
  clickText,
  fieldsTyped,
  firstAppNo,
  hashUrl,
  launchBrowser,
  newPhone,
  see,
  shot,
} from './lib/browser';
import { setFaults } from './lib/faults';
import {
  acceptConsent,
  addChild,
  confirmChecks,
  fillHukouAddress,
  loginAs,
  matchAndChooseSchool,
  runVerification,
  uploadPhoto,
} from './lib/flows';
import { startLocalServer } from './lib/local-server';
import { FAMILIES, maskedId } from './families';
import { messageCentreAfterSubmit, type SubmittedParent } from './messages';
import { ceremonyInTheConsole } from './ceremony';
import { helperAuthorisedThenRevoked } from './helpers';
import { publicLotteryPages } from './lottery';
import { twinsBoundForTheLottery } from './twins';

const ROOT = path.resolve(__dirname, '..', '..');
const DUPLICATE_MESSAGE = '该儿童本季已有一份有效报名，不能重复报名';
const FORBIDDEN_MESSAGE = '您的账号没有权限进行此操作。';
/** R1.5: a family whose data all verifies types at most this many fields. */
const MAX_FIELDS_TYPED = 5;
const RECHECK_INTERVAL_MS = 1500;

interface Env {
  baseUrl: string;
  simulatorUrl?: string;
}

interface Shared {
  appNo?: string;
  /** The standard family's parent after submitting, for the message-centre case. */
  standardParent?: SubmittedParent;
}

type Scenario = (browser: Browser, env: Env, shared: Shared) => Promise<void>;

const submitAndSeeApplications = async (page: Page, status: string) => {
  await clickButton(page, '确认提交报名');
  await see(page, '我的报名');
  await see(page, status);
};

const scenarios: [string, Scenario][] = [
  [
    'a parent consents, adds a child, confirms department data, matches the zone and submits (green channel)',
    async (browser, { baseUrl }, shared) => {
      const f = FAMILIES.military;
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
      await acceptConsent(page, f.guardian, 'a3-consent');
      await addChild(page, f.child, f.childId, 'a4-child');
      await shot(page, 'a5-child-selected');
      await runVerification(page, f.guardianId, 'a6-verify');
      await see(page, '绿色通道：军人子女');
      await confirmChecks(page);
      await clickButton(page, '下一步：核对地址');
      await see(page, '地址已由部门登记信息带出，核对无误即可');
      await shot(page, 'a7-address');
      await matchAndChooseSchool(page, f.school, 'a8');
      await see(page, '入学类别');
      await shot(page, 'a9-submit');
      await submitAndSeeApplications(page, '已提交');
      await see(page, maskedId(f.childId));
      await see(page, '绿色通道');
      await shot(page, 'a10-applications');
      shared.appNo = await firstAppNo(page);
      await context.close();
    },
  ],
  [
    'a second parent with the same child ID number is refused as a duplicate application',
    async (browser, { baseUrl }) => {
      const f = FAMILIES.military;
      const context = await newPhone(browser);
      const page = await context.newPage();
      await loginAs(page, baseUrl, '/pages/child/index', '家长');
      await acceptConsent(page, FAMILIES.stranger.guardian);
      await addChild(page, f.child, f.childId);
      // Not this child's guardian: no department knows the pair, so the register must be documented.
      await runVerification(page, FAMILIES.stranger.guardianId);
      await see(page, '未查到孩子与监护人的户籍记录');
      await confirmChecks(page);
      await uploadPhoto(page, 'hukou');
      await clickButton(page, '下一步：核对地址');
      await see(page, '部门未查到您家的地址，请填写');
      await fillHukouAddress(page, '云溪区', '北辰路', '9');
      await matchAndChooseSchool(page, f.school);
      await clickButton(page, '确认提交报名');
      await see(page, '不能重复报名');
      await see(page, DUPLICATE_MESSAGE);
      await shot(page, 'b1-duplicate-refused');
      await context.close();
    },
  ],
  [
    'a reviewer sees the application with a masked ID number only',
    async (browser, { baseUrl }, shared) => {
      const { childId } = FAMILIES.military;
      const context = await newPhone(browser);
      const page = await context.newPage();
      await loginAs(page, baseUrl, '/packages/staff/pages/review-list/index', '审核员', 'c0-login-reviewer');
      await see(page, '报名审核');
      if (!shared.appNo) throw new Error('scenario (a) did not record an application number');
      await see(page, shared.appNo);
      await see(page, maskedId(childId));
      const html = await page.content();
      if (html.includes(childId)) throw new Error('the full ID number is on the reviewer page');
      await shot(page, 'c1-review-list');
      await context.close();
    },
  ],
  [
    'a parent opening the reviewer page is refused',
    async (browser, { baseUrl }) => {
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
  [
    `a standard family applies by confirming department data, typing at most ${MAX_FIELDS_TYPED} fields`,
    async (browser, { baseUrl }, shared) => {
      const f = FAMILIES.standard;
      const context = await newPhone(browser);
      const page = await context.newPage();
      await loginAs(page, baseUrl, '/pages/consent/index', '家长');
      await acceptConsent(page, f.guardian);
      await addChild(page, f.child, f.childId);
      await runVerification(page, f.guardianId, 'e1-verify');
      await see(page, '公安：户籍地址 云溪区南湖路57号');
      await confirmChecks(page, 'e2-confirmed');
      await clickButton(page, '下一步：核对地址');
      await see(page, '南湖路 57号');
      await shot(page, 'e3-address-prefilled');
      await matchAndChooseSchool(page, f.school, 'e4');
      await see(page, '一类');
      await shot(page, 'e5-submit-category');
      await submitAndSeeApplications(page, '已提交');
      await see(page, '一类');
      await shot(page, 'e6-applications');
      shared.standardParent = { session: await context.storageState(), appNo: await firstAppNo(page) };
      const typed = fieldsTyped(page);
      console.log(`  fields typed by the parent: ${typed.length} (${typed.join(', ')})`);
      if (typed.length > MAX_FIELDS_TYPED)
        throw new Error(`typed ${typed.length} fields: ${typed.join(', ')}`);
      const token = await devToken(baseUrl, 'reviewer');
      const stats = await callApi<{ applications: number; avgFieldsTyped: number }>(
        baseUrl,
        'verify',
        'stats',
        { seasonId: '2026' },
        token,
      );
      console.log(`  verify.stats: ${JSON.stringify(stats)}`);
      if (!(stats.applications > 0 && stats.avgFieldsTyped <= MAX_FIELDS_TYPED)) {
        throw new Error(
          `verify.stats avgFieldsTyped ${stats.avgFieldsTyped} over ${stats.applications} applications`,
        );
      }
      await context.close();
    },
  ],
  [
    'the standard family parent finds 报名已提交 with its number in 消息通知; opening it marks it read',
    (browser, { baseUrl }, shared) => messageCentreAfterSubmit(browser, baseUrl, shared.standardParent),
  ],
  [
    'a household-register mismatch asks for one photo, which is uploaded, and the application goes in',
    async (browser, { baseUrl }) => {
      const f = FAMILIES.mismatch;
      const context = await newPhone(browser);
      const page = await context.newPage();
      await loginAs(page, baseUrl, '/pages/consent/index', '家长');
      await acceptConsent(page, f.guardian);
      await addChild(page, f.child, f.childId);
      await runVerification(page, f.guardianId, 'f1-verify-mismatch');
      await see(page, '户籍登记的监护关系与申请人不一致');
      await confirmChecks(page);
      await see(page, '有一项需要补充照片');
      await see(page, '请上传户口簿户主页和孩子本人页的照片，拍清楚即可');
      await shot(page, 'f2-material-asked');
      await uploadPhoto(page, 'hukou');
      await shot(page, 'f3-material-uploaded');
      await clickButton(page, '下一步：核对地址');
      await see(page, '户籍地址');
      await shot(page, 'f4-address');
      await matchAndChooseSchool(page, f.school);
      await submitAndSeeApplications(page, '已提交');
      await see(page, maskedId(f.childId));
      await shot(page, 'f5-applications');
      await context.close();
    },
  ],
  [
    'a department outage gives 待核验, and the re-check completes the application once it recovers',
    async (browser, { baseUrl, simulatorUrl }) => {
      if (!simulatorUrl) throw new Error('needs the local simulator (not available with E2E_BASE_URL)');
      const f = FAMILIES.talent;
      const context = await newPhone(browser);
      const page = await context.newPage();
      try {
        await loginAs(page, baseUrl, '/pages/consent/index', '家长');
        await acceptConsent(page, f.guardian);
        await addChild(page, f.child, f.childId);
        await setFaults(simulatorUrl, { down: ['property'] });
        await runVerification(page, f.guardianId, 'g1-verify-outage');
        await see(page, '部分部门暂时无法查询（待核验）');
        await see(page, '自然资源和规划局：暂时无法查询，系统将自动重新核验');
        await confirmChecks(page);
        await clickButton(page, '下一步：核对地址');
        await matchAndChooseSchool(page, f.school);
        await see(page, '提交后将以“待核验”受理');
        await shot(page, 'g2-submit-pending');
        await submitAndSeeApplications(page, '待核验');
        await see(page, /系统会自动重新核验/);
        await shot(page, 'g3-applications-pending');
      } finally {
        await setFaults(simulatorUrl, {});
      }
      const deadline = Date.now() + 20_000;
      for (;;) {
        await page.reload();
        await see(page, '我的报名');
        const done = await page.getByText('已提交', { exact: true }).filter({ visible: true }).count();
        if (done > 0) break;
        if (Date.now() > deadline) throw new Error('still 待核验 20 s after the departments recovered');
        await page.waitForTimeout(RECHECK_INTERVAL_MS / 2);
      }
      await see(page, '部门数据已恢复，自动核验完成，报名进入审核。');
      await shot(page, 'g4-applications-completed');
      await context.close();
    },
  ],
  [
    'a parent with twins applies for both to one school, binds them for the lottery, and a reviewer sees it',
    (browser, { baseUrl }) => twinsBoundForTheLottery(browser, baseUrl),
  ],
  [
    'the public lottery pages: list and detail without login, verify on the phone, own rank, download; my draw',
    (browser, { baseUrl }) => publicLotteryPages(browser, baseUrl),
  ],
  [
    'a parent authorises a helper by code, the helper follows the family, the parent revokes and it ends',
    (browser, { baseUrl }) => helperAuthorisedThenRevoked(browser, baseUrl),
  ],
  [
    'a real ceremony in the console: plan, schedule, observers and notary, draw, publish; verified on the phone',
    async (browser) => {
      if (process.env.E2E_BASE_URL) throw new Error('starts its own scenario server (not with E2E_BASE_URL)');
      await ceremonyInTheConsole(browser, ROOT);
    },
  ],
];

const main = async (): Promise<void> => {
  // E2E_BASE_URL: run against a server that is already up instead of starting one (no fault injection).
  const server = process.env.E2E_BASE_URL
    ? undefined
    : await startLocalServer(ROOT, {
        RECHECK_INTERVAL_MS: String(RECHECK_INTERVAL_MS),
        DEPARTMENTS_BREAKER_RESET_MS: '500',
        // Every browser context of the test comes from 127.0.0.1: one client to the rate limiter.
        RATE_LIMIT_BURST: '1000',
      });
  const env: Env = server
    ? { baseUrl: server.baseUrl, simulatorUrl: server.simulatorUrl }
    : { baseUrl: process.env.E2E_BASE_URL! };
  const browser = await launchBrowser();
  const shared: Shared = {};
  let passed = 0;
  let failed = 0;
  try {
    // E2E_ONLY: run only the cases whose name contains it (while working on one case).
    const only = process.env.E2E_ONLY;
    for (const [name, scenario] of scenarios.filter(([n]) => !only || n.includes(only))) {
      const started = Date.now();
      try {
        await scenario(browser, env, shared);
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
  console.log(`0 passed, ${scenarios.length} failed`);
  process.exit(1);
});
