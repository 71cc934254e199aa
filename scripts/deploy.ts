/**
 * `npm run deploy [-- --dry-run] [-- --dir <bundles>]`: puts the built functions on CloudBase with
 * @cloudbase/manager-node, then the database (collections and indexes, `npm run deploy:indexes`).
 * Function settings come from cloudbaserc.json, triggers and open-API permissions from each bundle's
 * config.json (written by `npm run build:functions`), so what was built and tested is what is deployed.
 * The functions' own variables (DATA_KEY, BLIND_KEY, DEPARTMENTS_*) are sent only when this shell has
 * them, after the same validation the functions run at cold start; otherwise they are left as they are.
 * `--dry-run` prints the plan and needs no credentials. docs/deploy.md is the walkthrough.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Manager from '@cloudbase/manager-node';
import { z } from 'zod';
import rc from '../cloudbaserc.json';
import raw from '../config/db-indexes.json';
import { FUNCTIONS } from '../config/esbuild-functions';
import { FILES_COLLECTION } from '../cloudfunctions/adapters/files/cloudbase-files';
import { indexSpecSchema } from '../cloudfunctions/adapters/store/cloudbase/index-spec';
import { FUNCTION_ENV_NAMES, loadProductionConfig } from '../cloudfunctions/lib/production-config';

const rcSchema = z.object({
  functions: z.array(
    z.object({
      name: z.enum(FUNCTIONS),
      runtime: z.string(),
      handler: z.string(),
      timeout: z.number().int().min(1).max(900),
      memorySize: z.number().int().min(64),
    }),
  ),
});
const bundleConfigSchema = z.object({
  permissions: z.object({ openapi: z.array(z.string()) }),
  triggers: z.array(z.object({ name: z.string(), type: z.literal('timer'), config: z.string() })),
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

/**
 * One prefix for both sides: the functions read COLLECTION_PREFIX, deploy:indexes reads
 * TCB_COLLECTION_PREFIX. Two different values would put the indexes on collections nobody uses.
 */
const collectionPrefix = (): string => {
  const { COLLECTION_PREFIX: fn, TCB_COLLECTION_PREFIX: db } = process.env;
  if (fn && db && fn !== db) fail(`COLLECTION_PREFIX (${fn}) and TCB_COLLECTION_PREFIX (${db}) differ.`);
  return fn || db || '';
};

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const dirArg = args.indexOf('--dir');
const root = path.resolve(dirArg >= 0 ? (args[dirArg + 1] ?? '') : 'dist/cloudfunctions');

/** Each function of cloudbaserc.json with its built bundle; every function of the build must be listed. */
const loadFunctions = () => {
  const listed = rcSchema.parse(rc).functions;
  const missing = FUNCTIONS.filter((f) => !listed.some((l) => l.name === f));
  if (missing.length > 0) fail(`cloudbaserc.json does not list: ${missing.join(', ')}`);
  return listed.map((fn) => {
    const dir = path.join(root, fn.name);
    const configFile = path.join(dir, 'config.json');
    if (!fs.existsSync(path.join(dir, 'index.js')) || !fs.existsSync(configFile))
      fail(`${dir} has no built bundle: run \`npm run build:functions\` first.`);
    const config = bundleConfigSchema.parse(JSON.parse(fs.readFileSync(configFile, 'utf8')));
    return { ...fn, ...config, kb: fs.statSync(path.join(dir, 'index.js')).size / 1024 };
  });
};

/** The functions' variables, from this shell, validated as the functions will validate them. */
const functionVariables = (): Record<string, string> | null => {
  const env = process.env;
  if (!env.DATA_KEY && !env.BLIND_KEY) return null;
  try {
    // As inside CloudBase: the platform supplies the environment id and credentials there.
    loadProductionConfig({ ...env, TENCENTCLOUD_RUNENV: 'SCF' });
  } catch (e) {
    fail(`Not deploying variables that would not start:\n${(e as Error).message}`);
  }
  return Object.fromEntries(FUNCTION_ENV_NAMES.flatMap((n) => (env[n] ? [[n, env[n] as string]] : [])));
};

const printPlan = (fns: ReturnType<typeof loadFunctions>, vars: Record<string, string> | null) => {
  const prefix = collectionPrefix();
  console.log(`CloudBase environment: ${process.env.TCB_ENV || '(TCB_ENV not set)'}`);
  console.log(
    `Functions from ${path.relative(process.cwd(), root) || '.'} (create, or update code and config):`,
  );
  for (const f of fns) {
    const triggers = f.triggers.map((t) => `${t.name} (${t.type} "${t.config}")`).join(', ') || 'none';
    const openapi = f.permissions.openapi.join(', ') || 'none';
    console.log(
      `  ${f.name.padEnd(8)} ${f.runtime} ${f.handler} timeout ${f.timeout}s ${f.memorySize} MB ` +
        `bundle ${f.kb.toFixed(1)} KB; triggers: ${triggers}; openapi: ${openapi}`,
    );
  }
  console.log(
    vars
      ? `Function variables (values not shown): ${Object.keys(vars).join(', ')}`
      : 'Function variables: not in this shell, left as configured in the console',
  );
  console.log(`Database (npm run deploy:indexes${prefix ? `, prefix ${prefix}` : ''}):`);
  for (const [name, indexes] of Object.entries(indexSpecSchema.parse(raw).collections)) {
    const list = indexes.map((i) => `${i.name}${i.unique ? ' (unique)' : ''}`).join(', ');
    console.log(`  ${(prefix + name).padEnd(14)} ${list || 'no index'}`);
  }
  console.log(`  ${(prefix + FILES_COLLECTION).padEnd(14)} no index (materials' metadata, Files port)`);
};

const deploy = async (fns: ReturnType<typeof loadFunctions>, vars: Record<string, string> | null) => {
  const { TCB_ENV, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env;
  const prefix = collectionPrefix();
  const manager = new Manager({ envId: TCB_ENV, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY });
  for (const f of fns) {
    const func = {
      name: f.name,
      runtime: f.runtime,
      handler: f.handler,
      timeout: f.timeout,
      memorySize: f.memorySize,
      // CloudBase installs the bundle's one dependency (the SDK) from its package.json.
      installDependency: true,
      triggers: f.triggers,
      ...(vars ? { envVariables: vars } : {}),
    };
    // force: an existing function gets updateFunctionCode, then its config, then its triggers.
    await manager.functions.createFunction({ func, functionRootPath: root, force: true });
    console.log(`deployed   function ${f.name}`);
  }
  const files = prefix + FILES_COLLECTION;
  const { IsCreated } = await manager.database.createCollectionIfNotExists(files);
  console.log(`${IsCreated ? 'created   ' : 'exists    '} collection ${files}`);
  const indexes = spawnSync('npm', ['run', '-s', 'deploy:indexes'], {
    stdio: 'inherit',
    env: { ...process.env, TCB_COLLECTION_PREFIX: prefix },
  });
  if (indexes.status !== 0) process.exit(indexes.status ?? 1);
};

const main = async () => {
  const { TCB_ENV, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env;
  if (!dryRun && (!TCB_ENV || !TCB_SECRET_ID || !TCB_SECRET_KEY))
    fail(
      'deploy needs TCB_ENV, TCB_SECRET_ID and TCB_SECRET_KEY (the CloudBase environment id and an API key ' +
        'pair of an account allowed to manage it); `npm run deploy -- --dry-run` shows the plan without them.',
    );
  const fns = loadFunctions();
  const vars = functionVariables();
  printPlan(fns, vars);
  if (dryRun) return console.log('Dry run: nothing was sent.');
  await deploy(fns, vars);
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
