// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench/tmp/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Full-width and ideographic spaces are data here (the tools recognise them in what people paste).
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true },
      ],
    },
  },
  {
    files: ['src/components/**/*.tsx', 'tests/component/**/*.tsx'],
    ...solid,
    // Solid assigns `ref={el}` variables itself.
    rules: { ...solid.rules, 'no-unassigned-vars': 'off' },
  },
  {
    // Islands get their words as a prop (their slice of the dictionary, from the .astro wrapper) and fill them with
    // src/i18n/fill: importing a dictionary would ship every tool's words in the island's JavaScript.
    files: ['src/components/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The barrel and every dictionary file; src/i18n/fill, src/i18n/links and src/i18n/sources (small, no
              // words) are what islands fill sentences, localise links and lay out source titles with.
              regex: '(^|/)i18n(/(?!(?:fill|links|sources)$)[^/]+)?$',
              allowTypeImports: true,
              message: 'Islands take their dictionary slice as a prop; import only types from src/i18n.',
            },
          ],
        },
      ],
    },
  },
  {
    // src/lib is pure: no DOM, no framework (see README).
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['solid-js', 'solid-js/*', 'astro', 'astro:*', '**/components/**', '**/i18n/**', '**/i18n'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
);
