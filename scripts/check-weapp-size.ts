import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm run size:weapp [-- <dir>]`: sizes the mini-program build (dist/weapp by default) the way WeChat
 * counts packages: a subpackage is everything under its `root`, the main package is everything else.
 * WeChat refuses more than 2 MB per package; we stop at 1 MB to keep room for growth and a fast first open.
 */
const LIMIT_KB = 1024;

interface AppJson {
  subPackages?: { root: string }[];
  subpackages?: { root: string }[];
}

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : e.isFile() ? [full] : [];
  });

/** Bytes per package: `main` plus one entry per subpackage root (as written in app.json). */
const measurePackages = (dir: string): Map<string, number> => {
  const appJson = path.join(dir, 'app.json');
  if (!fs.existsSync(appJson)) throw new Error(`${appJson} not found: run \`npm run build:weapp\` first.`);
  const app = JSON.parse(fs.readFileSync(appJson, 'utf8')) as AppJson;
  const roots = [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((p) =>
    p.root.replace(/^\/+|\/+$/g, ''),
  );
  const sizes = new Map<string, number>([['main', 0], ...roots.map((r) => [r, 0] as [string, number])]);
  for (const file of filesUnder(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const owner = roots.find((r) => rel.startsWith(`${r}/`)) ?? 'main';
    sizes.set(owner, (sizes.get(owner) ?? 0) + fs.statSync(file).size);
  }
  return sizes;
};

const run = (dir: string): number => {
  const sizes = measurePackages(dir);
  const width = Math.max(...[...sizes.keys()].map((k) => k.length));
  const over: string[] = [];
  for (const [name, bytes] of sizes) {
    const kb = bytes / 1024;
    console.log(`${name.padEnd(width)}  ${kb.toFixed(1).padStart(8)} KB`);
    if (kb > LIMIT_KB)
      over.push(`${name === 'main' ? 'main package' : `subpackage ${name}`} ${kb.toFixed(1)} KB`);
  }
  if (over.length > 0) {
    console.error(
      `weapp size check failed: ${over.join(', ')} over the ${LIMIT_KB} KB budget per package ` +
        '(WeChat refuses 2048 KB). Move pages into a subpackage or trim dependencies.',
    );
    return 1;
  }
  console.log(`weapp size check passed: every package ≤ ${LIMIT_KB} KB.`);
  return 0;
};

try {
  process.exitCode = run(path.resolve(process.argv[2] ?? 'dist/weapp'));
} catch (e) {
  console.error(`weapp size check failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
