import fs from 'node:fs';
import path from 'node:path';
import { renderApiDocs } from './render-api-docs';

/** `npm run docs:api` writes docs/api.md; `--check` fails when the file is stale. */
const file = path.resolve(__dirname, '../docs/api.md');
const fresh = renderApiDocs();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== fresh) {
    console.error('docs/api.md is stale: run `npm run docs:api` and commit the result.');
    process.exit(1);
  }
  console.log('docs/api.md is up to date.');
} else {
  fs.writeFileSync(file, fresh);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
