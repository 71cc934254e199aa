import fs from 'node:fs';
import path from 'node:path';
import { parentJourney } from './parent-journey';

/**
 * `npm run test:weapp`: the parent journey in WeChat DevTools through miniprogram-automator. DevTools exists
 * only on Windows/macOS desktops, so without `WECHAT_DEVTOOLS_CLI` (path to its `cli`) this skips.
 */
const ROOT = path.resolve(__dirname, '../..');

const main = async (): Promise<number> => {
  const cliPath = process.env.WECHAT_DEVTOOLS_CLI;
  if (!cliPath) {
    console.log('weapp tests skipped: WECHAT_DEVTOOLS_CLI is not set (needs WeChat DevTools)');
    return 0;
  }
  if (!fs.existsSync(path.join(ROOT, 'dist/weapp/app.json'))) {
    console.error('weapp tests: dist/weapp is missing; run `npm run build:weapp` first.');
    return 1;
  }
  // Loaded only here: the skip path must not need the package (or DevTools) at all.
  const { default: automator } = await import('miniprogram-automator');
  // project.config.json at the root points DevTools at dist/weapp and dist/cloudfunctions.
  const mp = await automator.launch({ cliPath, projectPath: ROOT, timeout: 120_000 });
  try {
    await parentJourney(mp, (line) => console.log(line));
    console.log('weapp tests passed: parent journey');
    return 0;
  } catch (e) {
    console.error(`weapp tests failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await mp.close();
  }
};

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`weapp tests failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
