import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'test-results',
      'playwright-report',
      'tests/artifacts',
      '*.tmp.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      eqeqeq: ['error', 'smart'],
      // Text from readers, imported files and content is always text.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: render text as text.',
        },
        {
          selector:
            'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never inject HTML: build elements or set textContent.',
        },
      ],
      'no-warning-comments': ['error', { terms: ['fixme'], location: 'start' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // Only src/content/ reads data/, and only src/state/ talks to zustand.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/content/**', 'src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/data/*', 'virtual:journey'],
              message: 'Read content through src/content/journey.ts.',
            },
            {
              group: ['zustand', 'zustand/*'],
              message: 'Use the store through src/state/journey-store.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // One-way imports: content and state never import UI; ui/ stays content-agnostic.
    files: ['src/content/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['#src/components/*', '#src/app/*', '#src/hooks/*'],
              message: 'content/ and state/ must not import UI code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['#src/content/*'],
              message: 'ui/ components stay content-agnostic.',
            },
            {
              group: ['zustand', 'zustand/*'],
              message: 'Use the store through src/state/journey-store.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Node scripts; the bench also runs functions inside the page.
    files: ['*.config.{js,ts}', 'tests/tools/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
