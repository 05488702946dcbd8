// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { layerRules } from './scripts/eslint-layers.js';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.cache/**', 'node_modules/**', 'coverage/**', '.vitest/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { layers: layerRules },
    rules: {
      'layers/import-direction': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', {
        paths: [{ name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser' instead." }],
      }],
      'no-restricted-globals': ['error',
        { name: 'chrome', message: "Use { browser } from 'wxt/browser'." },
        { name: 'browser', message: "Use { browser } from 'wxt/browser'." },
      ],
    },
  },
  {
    // core/ runs in plain Node: it takes its inputs as parameters.
    files: ['core/**'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': ['error', ...['document', 'window', 'navigator', 'location', 'localStorage',
        'sessionStorage', 'chrome', 'browser', 'self', 'Node', 'Element', 'HTMLElement', 'CSS', 'Highlight',
        'MutationObserver', 'requestAnimationFrame', 'fetch', 'XMLHttpRequest', 'process']
        .map((name) => ({ name, message: 'core/ is framework-free: take it as a parameter.' }))],
    },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.*'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
