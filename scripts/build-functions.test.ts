// Builds every function into a temp dir and loads each bundle in a plain `node` child, outside the project,
// with only a stub of the SDK beside it: what CloudBase does after installing the bundle's package.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { esbuildOptionsFor, FUNCTIONS, JSON_SCHEMA_STUBBED } from '../config/esbuild-functions';
import { bundleFunctions, forbiddenIn, installedSdkVersion, type BundleResult } from './bundle-functions';

let out: string;
let results: BundleResult[];

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(tmpdir(), 'build-functions-'));
  results = await bundleFunctions(out);
  const sdk = path.join(out, 'node_modules', '@cloudbase', 'node-sdk');
  fs.mkdirSync(sdk, { recursive: true });
  fs.writeFileSync(path.join(sdk, 'package.json'), '{ "name": "@cloudbase/node-sdk", "main": "index.js" }');
  fs.writeFileSync(path.join(sdk, 'index.js'), 'module.exports = { init: () => ({}) };');
}, 60_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** Runs `script` in a fresh node whose cwd is the temp dir (no project node_modules to fall back on). */
const inNode = (script: string) => {
  const r = spawnSync(process.execPath, ['-e', script], { cwd: out, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim()) as Record<string, unknown>;
};

test('bundles every function with index.js, package.json and config.json', () => {
  expect(results.map((r) => r.name)).toEqual([...FUNCTIONS]);
  for (const name of FUNCTIONS) {
    const dir = path.join(out, name);
    expect(fs.existsSync(path.join(dir, 'index.js'))).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg.dependencies).toEqual({ '@cloudbase/node-sdk': installedSdkVersion() });
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
    expect(config.permissions.openapi).toEqual(name === 'notify' ? ['subscribeMessage.send'] : []);
    expect(config.triggers).toEqual(
      {
        verify: [{ name: 'recheck', type: 'timer', config: '0 */5 * * * * *' }],
        notify: [{ name: 'deliver', type: 'timer', config: '0 */1 * * * * *' }],
        helper: [{ name: 'expireGrants', type: 'timer', config: '0 0 */1 * * * *' }],
        lottery: [{ name: 'expireOffers', type: 'timer', config: '0 */5 * * * * *' }],
      }[name as string] ?? [],
    );
  }
});

test.each([...FUNCTIONS])('%s loads with require() and exports main', (name) => {
  const file = JSON.stringify(path.join(out, name, 'index.js'));
  expect(inNode(`console.log(JSON.stringify({ main: typeof require(${file}).main }))`)).toEqual({
    main: 'function',
  });
});

// Deployed without its environment variables, a function starts nowhere: the entry logs which variables to
// set for the operator and answers the calm INTERNAL.ERROR envelope (never a platform error).
test('catalog main({ action: "home" }) without configuration answers INTERNAL.ERROR and logs what to set', () => {
  const file = JSON.stringify(path.join(out, 'catalog', 'index.js'));
  const result = inNode(
    `for (const k of Object.keys(process.env)) if (/^(TCB_|DATA_KEY|BLIND_KEY|DEPARTMENTS_)/.test(k)) delete process.env[k];
     const logged = []; console.error = (...a) => logged.push(a.join(' '));
     require(${file}).main({ action: 'home', data: {} }).then(
       (r) => console.log(JSON.stringify({ resolved: r, logged })),
       (e) => console.log(JSON.stringify({ rejected: e.message })))`,
  );
  expect(result.resolved).toMatchObject({ ok: false, error: { code: 'INTERNAL.ERROR' } });
  const log = (result.logged as string[]).join('\n');
  expect(log).toMatch(/Production configuration is invalid/);
  for (const name of ['TCB_ENV', 'DATA_KEY', 'BLIND_KEY', 'DEPARTMENTS_BASE_URL'])
    expect(log).toMatch(new RegExp(`^  ${name}: `, 'm'));
});

test('no bundle contains better-sqlite3, server/, src/ or @tarojs', () => {
  for (const name of FUNCTIONS) {
    const code = fs.readFileSync(path.join(out, name, 'index.js'), 'utf8');
    expect(code).not.toMatch(/better-sqlite3|@tarojs/);
    const map = JSON.parse(fs.readFileSync(path.join(out, name, 'index.js.map'), 'utf8')) as {
      sources: string[];
    };
    const project = map.sources.map((s) => path.relative(process.cwd(), path.resolve(out, name, s)));
    expect(project.filter((s) => /^(server|src)\//.test(s) || s.includes('better-sqlite3'))).toEqual([]);
  }
});

test('the metafile check names forbidden modules, bundled or left external', () => {
  const metafile: Metafile = {
    inputs: {
      'server/config.ts': { bytes: 1, imports: [] },
      'node_modules/zod/src/index.ts': { bytes: 1, imports: [] },
      'cloudfunctions/catalog/index.ts': { bytes: 1, imports: [] },
    },
    outputs: {
      'out/index.js': {
        bytes: 1,
        inputs: {},
        imports: [{ path: 'better-sqlite3', kind: 'require-call', external: true }],
        exports: [],
      },
    },
  };
  expect(forbiddenIn(metafile)).toEqual([
    'better-sqlite3 (native SQLite module (local adapter))',
    'server/config.ts (the one-machine server)',
  ]);
});

// zod's JSON-Schema export is replaced by stand-ins in the bundles (config/esbuild-functions.ts): validation,
// messages and the lazy getters that read aggregateChecks must work as before; only conversion refuses.
test('with the JSON-Schema stand-ins, zod still validates and reads checks; converting says it is not bundled', async () => {
  const { build } = await import('esbuild');
  const probe = path.join(out, 'probe.ts');
  fs.writeFileSync(
    probe,
    `import { z } from 'zod';
     const s = z.object({ n: z.number().int().min(2), s: z.string().min(1).max(3) }).strict();
     const bad = s.safeParse({ n: 1.5, s: 'abcd', x: 1 });
     const good = s.safeParse({ n: 3, s: 'ab' });
     const attempt = (f: () => unknown) => { try { f(); return 'ran'; } catch (e) { return (e as Error).message; } };
     console.log(JSON.stringify({
       issues: bad.success ? [] : bad.error.issues.map((i) => i.code).sort(),
       good: good.success,
       isInt: s.shape.n.isInt, minValue: s.shape.n.minValue, maxLength: s.shape.s.maxLength,
       standard: (s['~standard'].validate({ n: 3, s: 'a' }) as { value?: unknown }).value,
       toJSONSchema: attempt(() => z.toJSONSchema(s)),
       method: attempt(() => s.toJSONSchema()),
       standardJsonSchema: attempt(() => (s['~standard'] as unknown as { jsonSchema: { input: () => unknown } }).jsonSchema.input()),
     }));`,
  );
  const result = await build({
    ...esbuildOptionsFor('lottery', out),
    entryPoints: [probe],
    outfile: path.join(out, 'probe.js'),
    nodePaths: [path.resolve(__dirname, '..', 'node_modules')],
    sourcemap: false,
  });
  const inputs = Object.keys(result.metafile!.inputs).filter((f) => JSON_SCHEMA_STUBBED.test(f));
  expect(inputs).toHaveLength(2);
  const r = inNode(`require(${JSON.stringify(path.join(out, 'probe.js'))})`);
  expect(r).toMatchObject({
    issues: ['invalid_type', 'too_big', 'unrecognized_keys'],
    good: true,
    isInt: true,
    minValue: 2,
    maxLength: 3,
    standard: { n: 3, s: 'a' },
  });
  for (const key of ['toJSONSchema', 'method', 'standardJsonSchema'])
    expect(r[key]).toMatch(/not bundled in cloud functions/);
});
