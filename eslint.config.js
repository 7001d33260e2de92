// ESLint (flat config): TypeScript, Lit templates and web-component rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'types/',
      'storybook-static/',
      'src/generated/',
      'screenshots/',
      'custom-elements.json',
      'bench/.pages-*/',
      'bench/.slow-phone-*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      // Data is never rendered as HTML: no unsafeHTML, no innerHTML outside tests' fixtures.
      'no-restricted-imports': ['error', {paths: [{name: 'lit/directives/unsafe-html.js', message: 'Data is never rendered as HTML.'}]}],
      'no-restricted-properties': [
        'error',
        {property: 'innerHTML', message: 'Data is never rendered as HTML.'},
        {property: 'outerHTML', message: 'Data is never rendered as HTML.'},
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'bench/**/*.mjs',
      '*.config.{js,mjs}',
      '.storybook/**/*.{js,ts}',
      'examples/server-validate.mjs',
      'examples/ssr/server.mjs',
    ],
    languageOptions: {globals: {...globals.node}},
  },
  {
    // The benchmark serializes rendered shadow trees into a static twin page: reading markup,
    // never rendering data as HTML.
    files: ['bench/run.mjs'],
    rules: {'no-restricted-properties': 'off'},
  },
  {
    // The example builder turns our own static fallback strings (never data) into nodes.
    files: ['examples/element-example.ts'],
    rules: {'no-restricted-properties': 'off'},
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
);
