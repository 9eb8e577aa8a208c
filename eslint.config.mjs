import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', '.tmp/', 'custom-elements.json', 'examples/*/dist/', 'examples/angular/.angular/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Data is never markup: these lit escape hatches are banned in the source.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Never render data as markup.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Never render data as markup.' },
            { name: 'lit/directives/style-map.js', message: 'Inline styles break under a strict CSP.' },
            { name: 'lit/static-html.js', message: 'Use the literal templates in internal/heading.ts.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never render data as markup.' },
        { property: 'outerHTML', message: 'Never render data as markup.' },
        { property: 'insertAdjacentHTML', message: 'Never render data as markup.' },
      ],
    },
  },
  {
    files: ['scripts/**', '*.mjs', '.storybook/**', 'bench/**', 'packages/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
