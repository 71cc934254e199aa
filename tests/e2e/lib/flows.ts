import type { Page } from 'playwright-core';
import { clickButton, clickText, fill, hashUrl, see, shot } from './browser';

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

export const fillHukouAddress = async (page: Page, district: string, street: string, houseNumber: string) => {
  await see(page, '户籍地址');
  await clickText(page, district);
  await fill(page, 'hukou-street', street);
  await fill(page, 'hukou-house-number', houseNumber);
};
