// Screenshots of the pages the E2E run does not pass through (public content, lookup, edge states), for
// looking at the UI: `npx tsx tests/e2e/tour.ts`. Not a test: it fails only if a page does not render.
import path from 'node:path';
import { makeIdNumber } from '../../domain/id-number/make-id-number';
import { clickButton, clickText, fill, hashUrl, launchBrowser, newPhone, see, shot } from './lib/browser';
import { acceptConsent, confirmChecks, loginAs, runVerification, uploadPhoto } from './lib/flows';
import { startLocalServer } from './lib/local-server';

const ROOT = path.resolve(__dirname, '..', '..');

const main = async (): Promise<void> => {
  const server = process.env.E2E_BASE_URL ? undefined : await startLocalServer(ROOT);
  const baseUrl = process.env.E2E_BASE_URL ?? server!.baseUrl;
  const browser = await launchBrowser();
  try {
    const context = await newPhone(browser);
    const page = await context.newPage();
    const open = (route: string) => page.goto(hashUrl(baseUrl, route));

    await open('/pages/school-list/index');
    await see(page, '计划招生');
    await shot(page, 't01-school-list');
    await clickText(page, '城北学区');
    await see(page, /城北/);
    await shot(page, 't02-school-list-north');
    await page.locator('.card .list-item__title').filter({ visible: true }).first().click();
    await see(page, '联系学校');
    await shot(page, 't03-school-detail');
    await clickText(page, '查看位置');
    await see(page, /地址：/);
    await shot(page, 't04-school-location-h5');

    await open('/pages/policy-list/index');
    await see(page, '政策文件');
    await shot(page, 't05-policy-list');
    await clickText(page, '常见问题');
    await see(page, /问：/);
    await page.getByText(/问：/).filter({ visible: true }).first().click();
    await see(page, /答：/);
    await shot(page, 't06-faq');
    await clickText(page, '政策文件');
    await page.locator('.list-item__title').filter({ visible: true }).first().click();
    await see(page, /发布于/);
    await shot(page, 't07-policy-detail');

    await open('/pages/address/index?mode=lookup');
    await see(page, '学区查询');
    await clickText(page, '云溪区');
    await fill(page, 'hukou-estate', '学府花园');
    await shot(page, 't08-lookup-address');
    await clickButton(page, '查询学区');
    await see(page, '该地址可能属于多个学校的施教区');
    await shot(page, 't09-lookup-ambiguous');

    await open('/pages/address/index?mode=lookup');
    await see(page, '学区查询');
    await fill(page, 'hukou-street', '不存在路');
    await fill(page, 'hukou-estate', '');
    await clickButton(page, '查询学区');
    await see(page, '未能匹配到施教区学校');
    await shot(page, 't10-lookup-none');

    await loginAs(page, baseUrl, '/pages/applications/index', '家长');
    await see(page, '您还没有提交报名');
    await shot(page, 't11-applications-empty');
    await open('/pages/child/index');
    await acceptConsent(page, '赵敏');
    const id = makeIdNumber('110105', '2021-10-02', '246');
    await fill(page, 'child-name', '赵小雨');
    await fill(page, 'child-id-number', `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`);
    await see(page, /校验/);
    await shot(page, 't12-child-id-problem');
    await fill(page, 'child-id-number', id);
    await see(page, '未到入学年龄');
    await shot(page, 't13-child-under-age');
    // An eligible twin goes through with the boundary estate; the draft survives a reload; then withdraw.
    await fill(page, 'child-name', '赵小雪');
    await fill(page, 'child-id-number', makeIdNumber('110105', '2019-12-01', '462'));
    await see(page, '符合入学年龄');
    await clickButton(page, '添加孩子');
    await see(page, '赵小雪（已选择）');
    // No department knows this made-up family: 一键核 asks for one photo, then the address is typed.
    await runVerification(page, makeIdNumber('110105', '1988-05-12', '111'));
    await confirmChecks(page);
    await uploadPhoto(page, 'hukou');
    await clickButton(page, '下一步：核对地址');
    await see(page, '部门未查到您家的地址，请填写');
    await clickText(page, '云溪区');
    await fill(page, 'hukou-estate', '学府花园');
    await clickText(page, '居住地址同户籍地址');
    await see(page, '入学依据');
    await page.reload();
    await see(page, '入学依据');
    const kept = await page.locator('#hukou-estate input').filter({ visible: true }).first().inputValue();
    if (kept !== '学府花园') throw new Error(`draft lost on reload: estate is "${kept}"`);
    await clickText(page, '居住地址同户籍地址');
    await shot(page, 't16-address-after-reload');
    await clickButton(page, '下一步：匹配学区');
    await see(page, '该地址可能属于多个学校的施教区');
    await clickButton(page, '选择此学校');
    await clickButton(page, '确认提交报名');
    await see(page, '学区需人工确认', 15_000);
    await shot(page, 't17-applications-manual-zone');
    await clickButton(page, '撤回报名');
    await see(page, '确认撤回报名？');
    await shot(page, 't18-withdraw-confirm');
    await clickText(page, '确认撤回');
    await see(page, '已撤回');
    await shot(page, 't19-withdrawn');

    await open('/pages/consent/index');
    await see(page, '您已同意本说明');
    await shot(page, 't14-consent-accepted');
    // A new tab: Taro's H5 router would re-show the earlier lookup instance of the same page.
    const tab = await context.newPage();
    await tab.goto(hashUrl(baseUrl, '/pages/address/index'));
    await see(tab, '请先选择报名的孩子');
    await shot(tab, 't15-address-no-child');
    await open('/pages/index/index');
    await see(page, '我要报名');
    await context.close();
    console.log('tour done: screenshots in tests/e2e/artifacts/t*.png');
  } finally {
    await browser.close();
    await server?.stop();
  }
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
