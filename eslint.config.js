// Flat config. The import restrictions below are the dependency direction of docs/architecture.md:
// types ← domain ← cloudfunctions ← server, and types ← domain ← src. Breaking it fails `npm run lint`.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map(([group, message]) => ({ group, message })) }],
});
const fs = require('fs');
const features = () =>
  fs.existsSync('src/features') ? fs.readdirSync('src/features').filter((d) => !d.includes('.')) : [];
const NODE_IO = ['fs', 'fs/*', 'node:*', 'http', 'https', 'net', 'child_process', 'better-sqlite3', 'path'];

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.data/**', 'coverage/**', '.swc/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['types/**'],
    rules: restrict([
      [['**/domain/**', '**/cloudfunctions/**', '**/server/**', '**/src/**'], 'types/ imports only zod.'],
      [['dayjs', '@tarojs/*', '@cloudbase/*', ...NODE_IO], 'types/ imports only zod.'],
    ]),
  },
  {
    files: ['domain/**'],
    rules: restrict([
      [
        ['**/cloudfunctions/**', '**/server/**', '**/src/**'],
        'domain/ is pure: it imports only types/ and dayjs.',
      ],
      [['@tarojs/*', '@cloudbase/*', 'react', ...NODE_IO], 'domain/ is pure: no SDK, no IO.'],
    ]),
  },
  {
    files: ['cloudfunctions/**'],
    rules: restrict([
      [['**/server/**', '**/src/**'], 'cloudfunctions/ must not depend on server/ or src/.'],
      [['@tarojs/*', 'react'], 'cloudfunctions/ runs on Node, not in the app.'],
    ]),
  },
  {
    files: ['src/**'],
    rules: restrict([
      [['**/cloudfunctions/**', '**/server/**'], 'src/ talks to the backend only through src/services.'],
      [['@cloudbase/node-sdk', ...NODE_IO], 'src/ runs in WeChat and the browser.'],
    ]),
  },
  // Features do not import each other; pages compose them. One block per feature folder.
  ...features().map((name) => ({
    files: [`src/features/${name}/**`],
    rules: restrict([
      [
        [`**/features/!(${name})/**`, `**/features/!(${name})`],
        'A feature must not import another feature; compose them in a page.',
      ],
      [
        ['**/cloudfunctions/**', '**/server/**', '**/pages/**'],
        'A feature uses only services/, domain/ and types/.',
      ],
      [['@cloudbase/node-sdk', ...NODE_IO], 'src/ runs in WeChat and the browser.'],
    ]),
  })),
);
