// Case (k), R4.2 and R6.3: a parent authorises a helper by code, the helper sees the family's progress,
// the parent revokes, and the helper sees it no longer.
import type { Browser, Page } from 'playwright-core';
import { makeIdNumber } from '../../domain/id-number/make-id-number';
import { callApi } from './lib/api';
import { clickButton, clickText, fill, hashUrl, newPhone, see, shot } from './lib/browser';
import { loginAs } from './lib/flows';

const HELPER = { name: '王晓燕', organisation: '云溪区城南街道南湖社区' };
/** A guardian working away from home, with one child applied for (set up through the API, as case a did). */
const FAMILY = { guardian: '赵国强', child: '赵小雨', childId: makeIdNumber('510703', '2020-05-12', '917') };
const HOME = { district: '云溪区', street: '南湖路', houseNumber: '57号', building: '3栋' };

/** The token the H5 app keeps after the dev login (Taro wraps stored values as `{ data }`). */
const tokenOf = async (page: Page): Promise<string> => {
  const raw = await page.evaluate(() => localStorage.getItem('ryjs.session'));
  const stored = raw ? (JSON.parse(raw) as { data?: { token?: string }; token?: string }) : {};
  const token = stored.data?.token ?? stored.token;
  if (!token) throw new Error('no session token after login');
  return token;
};

const applyThroughApi = async (baseUrl: string, token: string) => {
  await callApi(
    baseUrl,
    'enroll',
    'acceptConsent',
    { version: '2026-1', guardianName: FAMILY.guardian },
    token,
  );
  const child = await callApi<{ id: string }>(
    baseUrl,
    'enroll',
    'addChild',
    { name: FAMILY.child, idNumber: FAMILY.childId },
    token,
  );
  return callApi<{ appNo: string }>(
    baseUrl,
    'enroll',
    'submit',
    {
      idempotencyKey: `e2e-helper-${Date.now()}`,
      seasonId: '2026',
      childId: child.id,
      stage: 'primary',
      hukouAddress: HOME,
      residenceAddress: HOME,
      basis: 'hukou',
      schoolId: 's-south-1',
    },
    token,
  );
};

export async function helperAuthorisedThenRevoked(browser: Browser, baseUrl: string) {
  // The helper registers and gets a code.
  const helperPhone = await newPhone(browser);
  const helper = await helperPhone.newPage();
  await loginAs(helper, baseUrl, '/packages/helper/pages/home/index', '帮办志愿者');
  await see(helper, '第一次使用请先登记');
  await fill(helper, 'helper-name', HELPER.name);
  await fill(helper, 'helper-organisation', HELPER.organisation);
  await clickText(helper, '社区网格员');
  await shot(helper, 'k1-helper-register');
  await clickButton(helper, '登记并生成帮办码');
  await see(helper, '我的帮办码');
  await see(helper, '暂无有效授权。请家长在“帮办授权”中输入您的帮办码。');
  const code = (await helper.locator('#helper-code').filter({ visible: true }).first().innerText()).trim();
  if (!/^[2-9A-HJKMNP-Z]{4} [2-9A-HJKMNP-Z]{4}$/.test(code))
    throw new Error(`unexpected helper code "${code}"`);
  await shot(helper, 'k2-helper-code');

  // The parent, who has applied, enters the code, sees who it is, and authorises for the default 7 days.
  const parentPhone = await newPhone(browser);
  const parent = await parentPhone.newPage();
  await loginAs(parent, baseUrl, '/packages/helper/pages/grants/index', '家长');
  await see(parent, '您还没有授权任何帮办员');
  const { appNo } = await applyThroughApi(baseUrl, await tokenOf(parent));
  await fill(parent, 'grant-code', code.toLowerCase());
  await clickButton(parent, '查找帮办员');
  await see(parent, `${HELPER.name}（社区网格员）`);
  await see(parent, `所在单位：${HELPER.organisation}`);
  await shot(parent, 'k3-parent-confirm-helper');
  await clickButton(parent, '确认授权 7 天');
  await see(parent, '对方尚未查看');
  await see(parent, '撤销授权');
  await shot(parent, 'k4-parent-granted');

  // The helper sees the family and its progress, ID numbers masked.
  await helper.reload();
  await see(helper, `${FAMILY.guardian} 家`);
  await shot(helper, 'k5-helper-families');
  await clickText(helper, '查看进度 ›');
  await see(helper, '报名进度');
  await see(helper, `${FAMILY.childId.slice(0, 6)}********${FAMILY.childId.slice(14)}`);
  await see(helper, new RegExp(`报名编号 ${appNo}`));
  await shot(helper, 'k6-helper-family-progress');

  // The parent sees the look, and revokes.
  await parent.reload();
  await see(parent, /已查看 1 次/);
  await clickButton(parent, '撤销授权');
  await clickText(parent, '确认撤销');
  await see(parent, '已撤销');
  // Let the toast fade: the screenshot is of the list.
  await parent.waitForTimeout(1800);
  await shot(parent, 'k7-parent-revoked');

  // The helper's next look is refused with what to do, and the family is gone from the list.
  await helper.reload();
  await see(helper, '家长已撤销授权，不能再查看这个家庭的信息。如仍需协助，请联系家长重新授权。');
  await shot(helper, 'k8-helper-refused');
  await clickText(helper, '返回授权家庭列表 ›');
  await see(helper, '暂无有效授权。请家长在“帮办授权”中输入您的帮办码。');
  await shot(helper, 'k9-helper-no-families');

  // And the parent's message centre has the story.
  await parent.goto(hashUrl(baseUrl, '/pages/messages/index'));
  await see(parent, '帮办授权已撤销');
  await see(parent, '帮办员已查看报名进度');
  await shot(parent, 'k10-parent-messages');
  await helperPhone.close();
  await parentPhone.close();
}
