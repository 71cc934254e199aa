import fs from 'node:fs';
import path from 'node:path';
import { renderApiDocs } from './render-api-docs';

describe('docs/api.md', () => {
  it('is the rendering of the current API map (run `npm run docs:api` after changing types/api)', () => {
    const file = path.resolve(__dirname, '../docs/api.md');
    expect(fs.readFileSync(file, 'utf8')).toBe(renderApiDocs());
  });

  it('documents every action and every error code', () => {
    const doc = renderApiDocs();
    expect(doc).toContain('### `enroll.submit`');
    expect(doc).toContain('idempotencyKey: string');
    expect(doc).toContain('`CHILD.DUPLICATE_APPLICATION`');
  });
});
