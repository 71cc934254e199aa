import fs from 'node:fs';
import path from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';

const ROOT = path.resolve(__dirname, '..');

/**
 * How `npm run build:functions` bundles each CloudBase function (scripts/bundle-functions.ts does the work).
 * One esbuild bundle per function: the platform installs only the SDK from the bundle's package.json, so
 * everything else (types/, domain/, zod) must be inside index.js.
 */
export const FUNCTIONS = [
  'auth',
  'catalog',
  'enroll',
  'helper',
  'lottery',
  'notify',
  'review',
  'verify',
] as const;
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
  // Every hour: records authorisations past their deadline and tells the parent (helper/expire-grants.ts).
  helper: {
    permissions: { openapi: [] },
    triggers: [{ name: 'expireGrants', type: 'timer', config: '0 0 */1 * * * *' }],
  },
  // Every 5 minutes: lapses waitlist offers past their deadline and offers the seats on (lottery/expire-offers.ts).
  lottery: {
    permissions: { openapi: [] },
    triggers: [{ name: 'expireOffers', type: 'timer', config: '0 */5 * * * * *' }],
  },
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
 * zod's `z.locales` namespace drags all ~40 message locales (≈ 250 KB minified) into every function, even
 * with the namespace import below: esbuild does not see through a namespace nested in a namespace. The
 * functions use only zh-CN (cloudfunctions/lib/zod-issues.ts) and zod's built-in default en, so the locales
 * index is replaced by one that exports just those two; any other `z.locales.x` is undefined.
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

/**
 * `import { z } from 'zod'` hands esbuild zod's `z` as a re-exported namespace *value*, which it cannot
 * see through: every export of zod stays in the bundle (the JIT compiler, JSON-Schema import/export…),
 * ≈ 90 KB more per function, all parsed at every cold start. `import * as z from 'zod'` is the same object
 * to the code, but esbuild then resolves each `z.object` to its binding and drops the rest. The project
 * keeps its named import; this rewrites it for the bundle only (a file importing zod otherwise is left as is).
 */
const ZOD_NAMED_IMPORT = /^import \{ z \} from 'zod';$/gm;

const zodNamespaceImportPlugin = (root: string): Plugin => ({
  name: 'zod-namespace-import',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!isProjectFile(root, args.path)) return undefined;
      const source = fs.readFileSync(args.path, 'utf8');
      return { contents: source.replace(ZOD_NAMED_IMPORT, "import * as z from 'zod';"), loader: 'ts' };
    });
  },
});

/**
 * zod's JSON-Schema export (core/to-json-schema.js and the per-type processors, ≈ 18 KB of every bundle)
 * rides along because each schema class wires a `toJSONSchema` method, yet no function ever converts a
 * schema (docs/api.md is generated on the developer's machine, not in a function). In the bundle those
 * exports become stand-ins that throw when called (the `create…Method` factories, which `~standard` calls,
 * return a thrower instead), and the processors module keeps its real head up to `aggregateChecks`, which
 * the lazy `minLength`/`isInt`-style getters read. Validation never touches either.
 */
export const JSON_SCHEMA_STUBBED =
  /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;
const NOT_BUNDLED =
  'zod JSON Schema conversion is not bundled in cloud functions (config/esbuild-functions.ts)';

const exportedNames = (source: string): string[] => [
  ...new Set([...source.matchAll(/^export (?:function|const) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!)),
];

const stubsFor = (names: string[]) =>
  [
    `const notBundled = () => { throw new Error(${JSON.stringify(NOT_BUNDLED)}); };`,
    ...names.map((n) => `export const ${n} = ${n.startsWith('create') ? '() => notBundled' : 'notBundled'};`),
  ].join('\n');

const zodJsonSchemaStubPlugin: Plugin = {
  name: 'zod-json-schema-stub',
  setup(b) {
    b.onLoad({ filter: JSON_SCHEMA_STUBBED }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      if (args.path.endsWith('to-json-schema.js')) {
        return {
          contents: `${stubsFor(exportedNames(source))}\nexport { processSchema as process };`,
          loader: 'js',
        };
      }
      // Keep everything up to the end of aggregateChecks (its helpers come first), stub the rest.
      const cut = source.indexOf('\nconst formatMap');
      if (cut < 0) throw new Error(`zod-json-schema-stub: ${args.path} changed shape; review the plugin`);
      const head = source.slice(0, cut);
      const kept = new Set(exportedNames(head));
      return {
        contents: `${head}\n${stubsFor(exportedNames(source).filter((n) => !kept.has(n)))}`,
        resolveDir: path.dirname(args.path),
        loader: 'js',
      };
    });
  },
};

/**
 * types/ holds only contracts: schemas, labels, constants, nothing that must run for its side effects. Each
 * schema module still builds its zod objects when loaded, so esbuild would keep every module the
 * `../../types` barrel re-exports (every function's contracts) in every bundle. Declaring them free of side
 * effects, as `"sideEffects": false` would for a package, lets esbuild keep only the modules whose exports
 * a function actually uses: smaller bundles and fewer schemas built at cold start.
 */
/** Marks the plugin's own b.resolve() call, so that it does not recurse into itself. */
const SKIP_SELF = Symbol('types-side-effect-free: resolving');
const typesSideEffectFreePlugin = (root: string): Plugin => ({
  name: 'types-side-effect-free',
  setup(b) {
    const typesDir = path.join(root, 'types') + path.sep;
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === SKIP_SELF) return undefined;
      const { kind, importer, resolveDir } = args;
      const resolved = await b.resolve(args.path, { kind, importer, resolveDir, pluginData: SKIP_SELF });
      if (resolved.errors.length > 0) return undefined; // esbuild reports it as usual
      return resolved.path.startsWith(typesDir) ? { ...resolved, sideEffects: false } : resolved;
    });
  },
});

const isProjectFile = (root: string, file: string) =>
  file.startsWith(root + path.sep) && !file.includes(`${path.sep}node_modules${path.sep}`);

/** esbuild options for one function. node16: what CloudBase's Node runtimes commonly accept. */
export const esbuildOptionsFor = (fn: CloudFunctionName, outdir: string): BuildOptions => ({
  absWorkingDir: ROOT,
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
  plugins: [
    zodLocalesPlugin,
    zodJsonSchemaStubPlugin,
    zodNamespaceImportPlugin(ROOT),
    typesSideEffectFreePlugin(ROOT),
  ],
  legalComments: 'none',
  // Chinese messages (error codes, zod's zh-CN, labels) as UTF-8 take 3 bytes a character instead of the
  // 6 of a `\uXXXX` escape; node always reads source as UTF-8.
  charset: 'utf8',
  logLevel: 'warning',
});
