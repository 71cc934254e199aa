import path from 'node:path';
import { bundleFunctions, kb } from './bundle-functions';

/** `npm run build:functions [-- <outDir>]`: one bundle per function in dist/cloudfunctions (DevTools and CloudBase). */
const outRoot = path.resolve(process.argv[2] ?? 'dist/cloudfunctions');

bundleFunctions(outRoot).then(
  (results) => {
    const width = Math.max(...results.map((r) => r.name.length));
    console.log(`${'function'.padEnd(width)}  index.js (KB, without the SDK)`);
    for (const r of results) console.log(`${r.name.padEnd(width)}  ${kb(r.bytes).toFixed(1).padStart(8)}`);
    console.log(
      `wrote ${path.relative(process.cwd(), outRoot) || '.'}/<function>/{index.js,package.json,config.json}`,
    );
  },
  (e: unknown) => {
    console.error(`build:functions failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
