import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt', 'wxt/*', '#imports', '**/entrypoints/**', '**/test/**', '@wxt-dev/*'] },
      ],
    },
  },
);
