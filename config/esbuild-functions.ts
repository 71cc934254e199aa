import path from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';

/**
 * How `npm run build:functions` bundles each CloudBase function (scripts/bundle-functions.ts does the work).
 * One esbuild bundle per function: the platform installs only the SDK from the bundle's package.json, so
 * everything else (types/, domain/, zod) must be inside index.js.
 */
export const FUNCTIONS = ['auth', 'catalog', 'enroll', 'lottery', 'notify', 'review', 'verify'] as const;
export type CloudFunctionName = (typeof FUNCTIONS)[number];

/** Provided by the runtime's `npm install` of the bundle's package.json, never bundled. */
export const EXTERNALS = ['@cloudbase/node-sdk', 'wx-server-sdk'];

/** The one dependency every bundle's package.json declares, at the version installed here. */
export const SDK = '@cloudbase/node-sdk';

/**
 * Local-only code that must never reach a function bundle: the SQLite adapter's native module, the
 * one-machine server, the Taro app. `projectOnly` patterns are matched outside node_modules only
 * (packages have their own src/ folders).
 */
export const FORBIDDEN: { pattern: RegExp; projectOnly: boolean; why: string }[] = [
  { pattern: /(^|\/)better-sqlite3(\/|$)/, projectOnly: false, why: 'native SQLite module (local adapter)' },
  { pattern: /(^|\/)@tarojs\//, projectOnly: false, why: 'the Taro app runtime' },
  { pattern: /^server\//, projectOnly: true, why: 'the one-machine server' },
  { pattern: /^src\//, projectOnly: true, why: 'the mini-program / H5 app' },
];

/** CloudBase's per-function config.json: open-API permissions and triggers (7-field cron, seconds first). */
export interface FunctionConfig {
  permissions: { openapi: string[] };
  triggers: { name: string; type: 'timer'; config: string }[];
}

export const FUNCTION_CONFIG: Record<CloudFunctionName, FunctionConfig> = {
  auth: { permissions: { openapi: [] }, triggers: [] },
  catalog: { permissions: { openapi: [] }, triggers: [] },
  enroll: { permissions: { openapi: [] }, triggers: [] },
  lottery: { permissions: { openapi: [] }, triggers: [] },
  // Every minute: the outbox goes out as WeChat subscribe messages (notify/deliver.ts). Producers only
  // write the outbox, so only this function needs the open-API permission.
  notify: {
    permissions: { openapi: ['subscribeMessage.send'] },
    triggers: [{ name: 'deliver', type: 'timer', config: '0 */1 * * * * *' }],
  },
  review: { permissions: { openapi: [] }, triggers: [] },
  // Every 5 minutes: completes 待核验 applications once the departments answer again (verify/recheck.ts).
  verify: {
    permissions: { openapi: [] },
    triggers: [{ name: 'recheck', type: 'timer', config: '0 */5 * * * * *' }],
  },
};

/**
 * zod's `z.locales` namespace drags all ~40 message locales (≈ 250 KB minified, half the bundle) into every
 * function. The functions use only zh-CN (cloudfunctions/lib/zod-issues.ts) and zod's built-in default en,
 * so the locales index is replaced by one that exports just those two; any other `z.locales.x` is undefined.
 */
export const ZOD_LOCALES_KEPT: Record<string, string> = { en: 'en.js', zhCN: 'zh-CN.js' };

const zodLocalesPlugin: Plugin = {
  name: 'zod-locales-kept',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: Object.entries(ZOD_LOCALES_KEPT)
        .map(([name, file]) => `export { default as ${name} } from './${file}';`)
        .join('\n'),
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/** esbuild options for one function. node16: what CloudBase's Node runtimes commonly accept. */
export const esbuildOptionsFor = (fn: CloudFunctionName, outdir: string): BuildOptions => ({
  entryPoints: [`cloudfunctions/${fn}/index.ts`],
  outfile: `${outdir}/${fn}/index.js`,
  bundle: true,
  platform: 'node',
  target: 'node16',
  format: 'cjs',
  minify: true,
  // A stack trace in the CloudBase log names minified symbols: the map (beside index.js, not inlined) maps it
  // back. Without sourcesContent it stays small and ships no source; map against the same commit.
  sourcemap: 'external',
  sourcesContent: false,
  external: EXTERNALS,
  metafile: true,
  plugins: [zodLocalesPlugin],
  legalComments: 'none',
  logLevel: 'warning',
});
