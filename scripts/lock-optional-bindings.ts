import fs from 'node:fs';

/**
 * Taro's native binding lists one optional package per platform, but this registry serves only the
 * Linux x64 build of 4.2.1, so `npm install` leaves the others out of package-lock.json and `npm ci`
 * then refuses the lock ("Missing … from lock file"). Declaring them as optional, platform-bound
 * entries lets `npm ci` skip them on Linux without fetching. Run after any `npm install`:
 * `npx tsx scripts/lock-optional-bindings.ts`.
 */
type Entry = {
  version: string;
  cpu: string[];
  os: string[];
  libc?: string[];
  dev: true;
  optional: true;
  license: string;
};
const PLATFORMS: Record<string, Pick<Entry, 'os' | 'cpu' | 'libc'>> = {
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};

const file = 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as { packages: Record<string, unknown> };
const version = (lock.packages['node_modules/@tarojs/binding'] as { version: string } | undefined)?.version;
if (!version) throw new Error('@tarojs/binding is not in the lock');
let added = 0;
for (const [platform, fields] of Object.entries(PLATFORMS)) {
  const key = `node_modules/@tarojs/binding-${platform}`;
  if (lock.packages[key]) continue;
  lock.packages[key] = { version, ...fields, dev: true, license: 'MIT', optional: true } satisfies Entry;
  added += 1;
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `added ${added} optional binding entries to ${file}` : `${file} already complete`);
