// Case (h), R2.1: a parent applies for twins to the same school, binds them for the lottery on 我的报名,
// and a reviewer sees the binding on both rows.
import type { Browser, Page } from 'playwright-core';
import { makeIdNumber } from '../../domain/id-number/make-id-number';
import { clickButton, clickText, hashUrl, newPhone, see, shot } from './lib/browser';
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

/** Not in the department registry (sequence numbers unused there): every record must be documented. */
const TWINS = {
  guardian: '陈刚',
  guardianId: makeIdNumber('510703', '1988-08-08', '145'),
  children: [
    { name: '陈浩然', id: makeIdNumber('510703', '2020-03-15', '141') },
    { name: '陈浩宇', id: makeIdNumber('510703', '2020-03-15', '143') },
  ],
  school: '城南第一小学',
};

/** From the verify page of a family no department knows to a submitted application (as in case b). */
const applyWithPhotoAndTypedAddress = async (page: Page) => {
  await see(page, '未查到孩子与监护人的户籍记录');
  await confirmChecks(page);
  await uploadPhoto(page, 'hukou');
  await clickButton(page, '下一步：核对地址');
  await see(page, '部门未查到您家的地址，请填写');
  await fillHukouAddress(page, '云溪区', '南湖路', '57');
  await matchAndChooseSchool(page, TWINS.school);
  await clickButton(page, '确认提交报名');
  await see(page, '我的报名');
  await see(page, '已提交');
};

const appNosOnPage = async (page: Page): Promise<string[]> => {
  const texts = await page
    .getByText(/报名编号/)
    .filter({ visible: true })
    .allInnerTexts();
  return texts.map((t) => /报名编号\s*(\S+)/.exec(t)?.[1] ?? '').filter(Boolean);
};

const parentBindsTwins = async (browser: Browser, baseUrl: string): Promise<string[]> => {
  const context = await newPhone(browser);
  const page = await context.newPage();
  await loginAs(page, baseUrl, '/pages/consent/index', '家长');
  await acceptConsent(page, TWINS.guardian);
  const [first, second] = TWINS.children;
  await addChild(page, first!.name, first!.id);
  await runVerification(page, TWINS.guardianId);
  await applyWithPhotoAndTypedAddress(page);
  // A fresh load of the child page (Taro would otherwise re-show the first child's page instance).
  await page.goto(hashUrl(baseUrl, '/pages/child/index'));
  await page.reload();
  await see(page, '添加另一个孩子');
  await addChild(page, second!.name, second!.id);
  await clickButton(page, '下一步：一键核验');
  await see(page, '部门返回的信息'); // the guardian's ID number is kept by the server: not asked again
  await applyWithPhotoAndTypedAddress(page);

  await see(page, '双胞胎（多胞胎）绑定摇号');
  await see(page, '任一人被录取时，绑定的兄弟姐妹同校录取');
  const appNos = (await appNosOnPage(page)).sort();
  if (appNos.length !== 2) throw new Error(`expected two applications, saw ${appNos.join(', ')}`);
  await shot(page, 'h1-binding-offered');
  await clickButton(page, '绑定摇号');
  await see(page, '确认绑定摇号？');
  await shot(page, 'h2-binding-confirm');
  await clickText(page, '确认绑定');
  const tag = `已绑定：${appNos.join('、')}`;
  await see(page, tag);
  const tags = await page.getByText(tag).filter({ visible: true }).count();
  if (tags !== 2) throw new Error(`"${tag}" on ${tags} cards, expected 2`);
  const offered = await page.getByText('双胞胎（多胞胎）绑定摇号').filter({ visible: true }).count();
  if (offered > 0) throw new Error('binding still offered after binding');
  await see(page, '解除绑定');
  // Let the success toast go: the screenshot is of the cards.
  await page.getByText('已绑定', { exact: true }).first().waitFor({ state: 'hidden', timeout: 5000 });
  await shot(page, 'h3-bound');
  await context.close();
  return appNos;
};

const reviewerSeesBinding = async (browser: Browser, baseUrl: string, appNos: string[]) => {
  const context = await newPhone(browser);
  const page = await context.newPage();
  await loginAs(page, baseUrl, '/packages/staff/pages/review-list/index', '审核员');
  await see(page, '报名审核');
  for (const appNo of appNos) {
    const sibling = appNos.find((n) => n !== appNo)!;
    const row = page.locator('.review-row').filter({ hasText: appNo, visible: true });
    await row.getByText(`绑定摇号：${sibling}`).first().waitFor({ state: 'visible', timeout: 15_000 });
  }
  await shot(page, 'h4-reviewer-bound');
  await context.close();
};

export const twinsBoundForTheLottery = async (browser: Browser, baseUrl: string): Promise<void> => {
  const appNos = await parentBindsTwins(browser, baseUrl);
  await reviewerSeesBinding(browser, baseUrl, appNos);
};
