import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { waitUntil } from './wait-until';

type Element = NonNullable<Awaited<ReturnType<Page['$']>>>;

/** The first element matching `selector` whose text contains `text`, once it is on the page. */
const byText = (page: Page, selector: string, text: string) =>
  waitUntil(`"${text}" in ${selector} on ${page.path}`, async () => {
    const elements = ((await page.$$(selector)) ?? []) as Element[];
    for (const el of elements) if ((await el.text()).includes(text)) return el;
    return undefined;
  });

const pageAt = (mp: MiniProgram, path: string, timeoutMs?: number) =>
  waitUntil(
    `the page ${path}`,
    async () => {
      const page = await mp.currentPage();
      return page?.path === path ? page : undefined;
    },
    timeoutMs,
  );

/**
 * Home → 我要报名 → the guardian consent page. 我要报名 opens the child page, which sends a parent who has not
 * yet consented to the consent page; that needs the enroll function answering (a CloudBase environment
 * with the functions deployed), so a failure at that step names it.
 */
export const parentJourney = async (mp: MiniProgram, log: (line: string) => void): Promise<void> => {
  const home = await mp.reLaunch('/pages/index/index');
  if (!home) throw new Error('reLaunch to the home page returned no page');
  const enroll = await byText(home, '.action-grid__item', '我要报名');
  log('ok   home page shows 我要报名');

  await enroll.tap();
  await pageAt(mp, 'pages/child/index', 10_000).catch(() => undefined);
  const consent = await pageAt(mp, 'pages/consent/index', 20_000).catch((e: Error) => {
    throw new Error(
      `${e.message}: the child page redirects there once enroll.consentState answers ` +
        '(is a CloudBase environment with the functions deployed set in project.config.json?)',
    );
  });
  await byText(consent, '.page__title', '监护人授权与隐私保护说明');
  await byText(consent, '.card', '我们收集哪些信息');
  log('ok   我要报名 leads to the consent page, which renders its notice');
};
