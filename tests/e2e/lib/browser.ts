import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export type SavedSession = Awaited<ReturnType<BrowserContext['storageState']>>;

/** A fresh phone-sized browser profile: empty storage (a new person), or a saved one (the same person). */
export const newPhone = (browser: Browser, storageState?: SavedSession): Promise<BrowserContext> =>
  browser.newContext({
    storageState,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });

const typed = new WeakMap<Page, string[]>();

/**
 * Taro renders inputs as <taro-input-core id="…"><input></taro-input-core>. Every field typed is
 * counted per page (per parent): R1.5 measures what a parent has to type.
 */
export const fill = async (page: Page, id: string, value: string): Promise<void> => {
  await page.locator(`#${id} input`).filter({ visible: true }).first().fill(value);
  typed.set(page, [...(typed.get(page) ?? []), id]);
};

/** The ids of the fields typed on this page so far, in order. */
export const fieldsTyped = (page: Page): string[] => typed.get(page) ?? [];

/** Clicks the visible element whose own text is exactly `text` (buttons, chips, links). */
export const clickText = async (page: Page, text: string): Promise<void> => {
  await page.getByText(text, { exact: true }).filter({ visible: true }).first().click();
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const clickButton = async (page: Page, text: string): Promise<void> => {
  await page
    .locator('taro-button-core')
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`), visible: true })
    .first()
    .click();
};

/** Waits until `text` is visible on the current page (Taro keeps earlier pages hidden in the DOM). */
export const see = async (page: Page, text: string | RegExp, timeout = 15_000): Promise<void> => {
  await page.getByText(text).filter({ visible: true }).first().waitFor({ state: 'visible', timeout });
};

export const shot = async (page: Page, name: string): Promise<string> => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.waitForTimeout(300);
  // Taro scrolls inside the page element, not the document: grow the viewport to the content, shoot, restore.
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  const height = await page.evaluate(() => {
    // Earlier pages of the stack stay in the DOM, hidden; measure the ones on screen.
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter(
      (el) => getComputedStyle(el).display !== 'none',
    );
    return Math.max(document.documentElement.scrollHeight, ...shown.map((el) => el.scrollHeight));
  });
  await page.setViewportSize({
    width: viewport.width,
    height: Math.max(viewport.height, Math.min(height, 6000)),
  });
  await page.evaluate(() => document.querySelectorAll('.taro_page').forEach((el) => el.scrollTo(0, 0)));
  await page.waitForTimeout(150);
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize(viewport);
  return file;
};

/** The application number shown on the first visible 我的报名 card. */
export const firstAppNo = async (page: Page): Promise<string> => {
  const text = await page
    .getByText(/报名编号/)
    .filter({ visible: true })
    .first()
    .innerText();
  const appNo = /报名编号\s*(\S+)/.exec(text)?.[1];
  if (!appNo) throw new Error(`no application number in "${text}"`);
  return appNo;
};

export const hashUrl = (baseUrl: string, route: string): string => `${baseUrl}/#${route}`;
