import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/*
 * Import rules are written as regular expressions over the import as
 * written, so they hold for `#src/…` aliases and relative paths alike
 * (`../content/`, `../../content/`, `./content/` from src/ itself).
 */
const FROM_SRC = String.raw`^(?:#src/|\./|(?:\.\./)+)`;

/** Code that runs in Node at build and test time, never in the browser. */
const BUILD_SIDE = [
  'src/build/**',
  'src/content/schema*.ts',
  'src/content/validate*.ts',
  'src/content/locales*.ts',
  'src/content/collections.ts',
];
const TEST_FILES = ['**/*.test.{ts,tsx}'];

const READS_DATA = {
  regex: String.raw`^(?:/|(?:\.{1,2}/)+)data/|^virtual:(?:journey|unit-profile)$`,
  message: 'Read content through src/content/journey.ts.',
};
const USES_ZUSTAND = {
  regex: '^zustand(?:/|$)',
  message: 'Use the store through src/state/journey-store.ts.',
};
const IMPORTS_UI = {
  regex: String.raw`^(?:#src/|\.\./)(?:components|app|hooks)/`,
  message: 'content/ and state/ must not import UI code.',
};
const UI_READS_CONTENT = {
  // From src/components/ui/, src/content/ is ../../content/.
  regex: String.raw`^(?:#src/|\.\./\.\./)content/`,
  message: 'ui/ components stay content-agnostic.',
};

/** One-way import zones (README, "Where things live"). */
function zone(...patterns) {
  return ['error', { patterns }];
}

/** What browser code must not load at run time. */
function browserImports({ fromContent = false, allowZod = false } = {}) {
  const buildSideContent = String.raw`(?:(?:schema|validate|locales)[^/]*|collections\.ts)$`;
  const patterns = [
    {
      regex: `^(?:node:|(?:${builtinModules.join('|')})(?:/|$))`,
      message: 'Node-only module: browser code runs in the browser.',
    },
    ...(allowZod
      ? []
      : [
          {
            regex: '^zod(?:/|$)',
            message:
              'zod stays out of the browser: content is validated at build time.',
          },
        ]),
    {
      regex: `${FROM_SRC}build/`,
      message: 'src/build/ is build code that runs in Node.',
    },
    {
      regex: `${FROM_SRC}content/${buildSideContent}`,
      message:
        'schema, validate, locales and collections run at build time: use `import type`.',
    },
    ...(fromContent
      ? [
          {
            regex: String.raw`^\./${buildSideContent}`,
            message:
              'schema, validate, locales and collections run at build time: use `import type`.',
          },
        ]
      : []),
  ];
  return [
    'error',
    {
      patterns: patterns.map((pattern) => ({
        ...pattern,
        allowTypeImports: true,
      })),
    },
  ];
}

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
  // One-way imports: only src/content/ reads data/, only src/state/ talks to
  // zustand, content/ and state/ never import UI, ui/ stays content-agnostic.
  // A file gets one list per rule (the last block wins), so each lists all.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/content/**', 'src/state/**', 'src/components/ui/**'],
    rules: { 'no-restricted-imports': zone(READS_DATA, USES_ZUSTAND) },
  },
  {
    files: ['src/components/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': zone(READS_DATA, USES_ZUSTAND, UI_READS_CONTENT),
    },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': zone(READS_DATA, IMPORTS_UI) },
  },
  {
    files: ['src/content/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': zone(IMPORTS_UI) },
  },
  {
    // Browser code never loads Node-only or build-side modules (types are
    // fine: they vanish from the bundle).
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...BUILD_SIDE, 'src/content/**', ...TEST_FILES],
    rules: { '@typescript-eslint/no-restricted-imports': browserImports() },
  },
  {
    // From inside src/content, the build-side modules are siblings.
    files: ['src/content/**/*.{ts,tsx}'],
    ignores: [...BUILD_SIDE, ...TEST_FILES],
    rules: {
      '@typescript-eslint/no-restricted-imports': browserImports({
        fromContent: true,
      }),
    },
  },
  {
    // Reading an imported "my journey" file needs a real validator; this
    // module is loaded only then (journey-transfer.tsx), in its own chunk.
    files: ['src/state/journey-file.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': browserImports({
        allowZod: true,
      }),
    },
  },
  {
    // Node scripts; the bench also runs functions inside the page.
    files: ['*.config.{js,ts}', 'tests/tools/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
