// R2.2 through the parent's screens: from 我的报名, the card's 大学区共享学位 link, the page's rule and the
// district's other schools tapped in order, submitted; back on 我的报名 the card lists them. The ceremony
// E2E calls this for a few 凤鸣小学 families before the school draw, so the shared round has entrants.
import type { Page } from 'playwright-core';
import { clickButton, clickText, see, shot } from './lib/browser';

/**
 * Opts the first application on 我的报名 into the large district's shared seats, `schoolNames` in order of
 * preference (exact names as the school list shows them, e.g. '云溪区北辰小学'; not the child's own school).
 * `page` must show 我的报名 for a logged-in scenario parent; it shows it again when this resolves.
 * With `shotName`, screenshots `<shotName>-choose` (the filled page) and `<shotName>-card` (the card after).
 */
export const optInToSharedSeats = async (
  page: Page,
  schoolNames: string[],
  shotName?: string,
): Promise<void> => {
  await see(page, '申请大学区共享学位 ›');
  await clickText(page, '申请大学区共享学位 ›');
  await see(page, '规则说明');
  await see(page, schoolNames[0]!);
  for (const [i, name] of schoolNames.entries()) {
    await clickText(page, name);
    await see(page, `第${i + 1}志愿`);
  }
  if (shotName) await shot(page, `${shotName}-choose`);
  await clickButton(page, '提交申请');
  await see(page, '已申请。本校摇号后如仍未录取，将按以下顺序参加共享学位摇号：');
  await see(page, schoolNames[schoolNames.length - 1]!);
  if (shotName) await shot(page, `${shotName}-card`);
};
