import type { Browser, Page } from 'playwright-core';
import { clickText, hashUrl, newPhone, see, shot, type SavedSession } from './lib/browser';

/** A parent who has just submitted, as the standard-family case leaves them. */
export interface SubmittedParent {
  session: SavedSession;
  appNo: string;
}

/** The backend's wording (cloudfunctions/notify/message-for.ts) for an application that went in. */
const RECEIVED_TITLE = '报名已提交';

const visibleCount = (page: Page, selector: string): Promise<number> =>
  page.locator(selector).filter({ visible: true }).count();

const expectUnread = async (page: Page, expected: number): Promise<void> => {
  const unread = await visibleCount(page, '.message-item--unread');
  if (unread !== expected) throw new Error(`${unread} unread messages shown, expected ${expected}`);
};

/**
 * R6.1: the home page counts the unread message, the message centre lists it with the application
 * number, and opening it marks it read and goes to 我的报名.
 */
export async function messageCentreAfterSubmit(browser: Browser, baseUrl: string, parent?: SubmittedParent) {
  if (!parent) throw new Error('the standard-family case did not leave a submitted parent');
  const context = await newPhone(browser, parent.session);
  const page = await context.newPage();
  await page.goto(hashUrl(baseUrl, '/pages/index/index'));
  await see(page, '消息通知');
  await page
    .locator('.action-grid__count')
    .filter({ hasText: /^\s*1\s*$/, visible: true })
    .waitFor();
  await shot(page, 'h1-home-unread');

  await clickText(page, '消息通知');
  await see(page, '最新的在前');
  await see(page, RECEIVED_TITLE);
  await see(page, `报名编号 ${parent.appNo}`);
  await expectUnread(page, 1);
  await shot(page, 'h2-messages-unread');

  await clickText(page, RECEIVED_TITLE);
  await see(page, '查看消息通知 ›');
  await see(page, parent.appNo);
  await shot(page, 'h3-applications-from-message');

  // A new message-centre page loads from the server: the read state is the backend's, not the UI's.
  await clickText(page, '查看消息通知 ›');
  await see(page, '最新的在前');
  await see(page, /已读/);
  await expectUnread(page, 0);
  await shot(page, 'h4-messages-read');
  await context.close();
}
