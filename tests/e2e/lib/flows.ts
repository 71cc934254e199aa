import type { Page } from 'playwright-core';
import { clickButton, clickText, fill, hashUrl, see, shot } from './browser';
import { makePng } from './make-png';

/** Opens a page that needs login, picks a role on the local login page and lands back there. */
export const loginAs = async (
  page: Page,
  baseUrl: string,
  route: string,
  roleLabel: string,
  shotName?: string,
) => {
  await page.goto(hashUrl(baseUrl, route));
  await see(page, '本地演示登录');
  if (shotName) await shot(page, shotName);
  await clickButton(page, roleLabel);
};

export const acceptConsent = async (page: Page, guardianName: string, shotName?: string) => {
  await see(page, '监护人授权与隐私保护说明');
  await fill(page, 'guardian-name', guardianName);
  await clickText(page, '我已阅读并同意');
  if (shotName) await shot(page, shotName);
  await clickButton(page, '同意并继续');
  await see(page, '选择报名的孩子');
};

export const addChild = async (page: Page, name: string, idNumber: string, shotName?: string) => {
  await fill(page, 'child-name', name);
  await fill(page, 'child-id-number', idNumber);
  await see(page, '符合入学年龄');
  if (shotName) await shot(page, shotName);
  await clickButton(page, '添加孩子');
  await see(page, `${name}（已选择）`);
};

/**
 * From the child step to the department answers: the page asks for the guardian's ID number only the
 * first time (the server keeps it), then lists what each department returned.
 */
export const runVerification = async (page: Page, guardianIdNumber: string, shotName?: string) => {
  await clickButton(page, '下一步：一键核验');
  await see(page, '监护人本人身份证号');
  await fill(page, 'guardian-id-number', guardianIdNumber);
  if (shotName) await shot(page, `${shotName}-guardian-id`);
  await clickButton(page, '开始核验');
  await see(page, '部门返回的信息');
  if (shotName) await shot(page, shotName);
};

export const confirmChecks = async (page: Page, shotName?: string) => {
  await clickButton(page, '确认以上信息');
  await see(page, '下一步：核对地址');
  if (shotName) await shot(page, shotName);
};

/** Uploads a generated PNG for one check through the real file chooser (the H5 side of chooseImage). */
export const uploadPhoto = async (page: Page, kind: string) => {
  const chooser = page.waitForEvent('filechooser');
  await page
    .locator(`#material-${kind} taro-button-core`)
    .filter({ hasText: '拍照或选择照片', visible: true })
    .first()
    .click();
  await (await chooser).setFiles({ name: 'hukou.png', mimeType: 'image/png', buffer: makePng() });
  await see(page, /已上传.*证明照片/);
};

export const fillHukouAddress = async (page: Page, district: string, street: string, houseNumber: string) => {
  await see(page, '户籍地址');
  await clickText(page, district);
  await fill(page, 'hukou-street', street);
  await fill(page, 'hukou-house-number', houseNumber);
};

/** Address (as prefilled) → zone match → that school (or the first one) → the submit page. */
export const matchAndChooseSchool = async (page: Page, school: string, shotPrefix?: string) => {
  await clickButton(page, '下一步：匹配学区');
  await see(page, '选择此学校');
  if (school) await see(page, school);
  if (shotPrefix) await shot(page, `${shotPrefix}-match`);
  await page
    .locator('.card')
    .filter({ hasText: school || '选择此学校', visible: true })
    .locator('taro-button-core')
    .filter({ hasText: '选择此学校' })
    .first()
    .click();
  await see(page, '确认并提交');
};
