// Runs the size check as the build does, through tsx in a child process, on a fake dist/weapp.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(tmpdir(), 'weapp-size-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const KB = 1024;
const write = (rel: string, bytes: number) => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.alloc(bytes, 0x20));
};
const app = (subPackages: { root: string; pages: string[] }[]) =>
  fs.writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['pages/index/index'], subPackages }));

const check = () => {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/check-weapp-size.ts', dir], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('measures the main package and each subpackage, and passes under 1024 KB', () => {
  app([{ root: 'packages/staff', pages: ['pages/review-list/index'] }]);
  write('app.js', 300 * KB);
  write('pages/index/index.js', 100 * KB);
  write('packages/staff/pages/review-list/index.js', 50 * KB);
  // A sibling whose name starts like a root is still the main package's.
  write('packages/staffing.js', 10 * KB);
  const r = check();
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/main\s+410\.\d KB/);
  expect(r.stdout).toMatch(/packages\/staff\s+50\.0 KB/);
});

test('fails with a clear message when the main package is over 1024 KB', () => {
  app([]);
  write('common.js', 1100 * KB);
  const r = check();
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/main package 1100\.0 KB over the 1024 KB budget/);
});

test('fails when a subpackage is over 1024 KB, with either spelling of subpackages', () => {
  fs.writeFileSync(
    path.join(dir, 'app.json'),
    JSON.stringify({ subpackages: [{ root: '/packages/helper/' }] }),
  );
  write('packages/helper/vendor.js', 1025 * KB);
  const r = check();
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/subpackage packages\/helper 1025\.0 KB/);
});

test('fails clearly when there is no build', () => {
  const r = check();
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/app\.json not found: run `npm run build:weapp` first/);
});
