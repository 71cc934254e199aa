// Runs `npm run deploy` as an operator would (tsx in a child process) on freshly built bundles: only the
// dry run and the refusals, which need no CloudBase environment. The real deploy is manager-node's calls.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FUNCTIONS } from '../../config/esbuild-functions';
import { bundleFunctions } from '../../scripts/bundle-functions';

let out: string;
beforeAll(async () => {
  out = fs.mkdtempSync(path.join(tmpdir(), 'deploy-'));
  await bundleFunctions(out);
}, 60_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** The parent's environment without anything CloudBase or production, plus `extra`. */
const deploy = (args: string[], extra: Record<string, string> = {}) => {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(TCB_|DATA_KEY|BLIND_KEY|DEPARTMENTS_|COLLECTION_PREFIX)/.test(k),
    ),
  );
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/deploy.ts', '--dir', out, ...args], {
    encoding: 'utf8',
    env: { ...env, ...extra } as unknown as NodeJS.ProcessEnv,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const key = () => randomBytes(32).toString('base64');

test('--dry-run without credentials prints the functions, the timer trigger and the index plan', () => {
  const { code, stdout, stderr } = deploy(['--dry-run'], { TCB_ENV: 'ruxue-prod-1a2b' });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toMatch(/CloudBase environment: ruxue-prod-1a2b/);
  for (const name of FUNCTIONS)
    expect(stdout).toMatch(new RegExp(`^  ${name} +Nodejs16\\.13 index\\.main`, 'm'));
  expect(stdout).toMatch(/^ {2}verify .*triggers: recheck \(timer "0 \*\/5 \* \* \* \* \*"\)/m);
  expect(stdout).toMatch(
    /^ {2}notify .*triggers: deliver \(timer "0 \*\/1 \* \* \* \* \*"\).*openapi: subscribeMessage\.send/m,
  );
  expect(stdout).toMatch(/^ {2}applications +guardian_idempotency \(unique\), guardian_submitted/m);
  expect(stdout).toMatch(/^ {2}users +provider_subject \(unique\)/m);
  expect(stdout).toMatch(/^ {2}files +no index/m);
  expect(stdout).toMatch(/Function variables: not in this shell, left as configured/);
  expect(stdout).toMatch(/Dry run: nothing was sent\.$/m);
});

test('without credentials and without --dry-run it stops with exit 2 and says what is missing', () => {
  const { code, stderr, stdout } = deploy([], { TCB_ENV: 'ruxue-prod-1a2b', TCB_SECRET_ID: 'AKID' });
  expect(code).toBe(2);
  expect(stderr).toMatch(/deploy needs TCB_ENV, TCB_SECRET_ID and TCB_SECRET_KEY/);
  expect(stdout).toBe('');
});

test('sends the functions their variables only when they would start, and never prints a value', () => {
  const vars = {
    DATA_KEY: key(),
    BLIND_KEY: key(),
    DEPARTMENTS_BASE_URL: 'https://dsp.example.gov.cn/api',
    DEPARTMENTS_APP_KEY: 'ruxue',
    DEPARTMENTS_APP_SECRET: 's'.repeat(40),
  };
  const ok = deploy(['--dry-run'], vars);
  expect(ok.code).toBe(0);
  expect(ok.stdout).toMatch(
    /Function variables \(values not shown\): DATA_KEY, BLIND_KEY, DEPARTMENTS_BASE_URL, DEPARTMENTS_APP_KEY, DEPARTMENTS_APP_SECRET/,
  );
  expect(ok.stdout).not.toContain(vars.DATA_KEY);
  const bad = deploy(['--dry-run'], { ...vars, BLIND_KEY: 'short' });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/BLIND_KEY: must be base64 of 32 random bytes/);
});

test('refuses to plan without built bundles', () => {
  const r = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/deploy.ts', '--dry-run', '--dir', path.join(out, 'none')],
    {
      encoding: 'utf8',
    },
  );
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/run `npm run build:functions` first/);
});
