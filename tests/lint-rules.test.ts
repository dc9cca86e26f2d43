import { ESLint } from 'eslint';
import path from 'node:path';
import { expect, test } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfigFile: path.join(repoRoot, 'eslint.config.js'),
});
// Loading the config and its plugins takes seconds on a busy machine: once,
// here, outside every test's time limit.
await eslint.calculateConfigForFile(path.join(repoRoot, 'src/main.tsx'));

const BROWSER_RULE = '@typescript-eslint/no-restricted-imports';
const ZONE_RULE = 'no-restricted-imports';

/** The import rules an `import` line breaks in a file at `filePath`. */
async function brokenImportRules(filePath: string, code: string) {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? [])
    .map((message) => message.ruleId)
    .filter((ruleId) => ruleId === BROWSER_RULE || ruleId === ZONE_RULE);
}

test.each([
  ['src/components/x.tsx', "import { z } from 'zod';"],
  ['src/components/x.tsx', "import fs from 'node:fs';"],
  ['src/components/x.tsx', "import path from 'path';"],
  ['src/hooks/x.ts', "import { readFile } from 'fs/promises';"],
  [
    'src/components/x.tsx',
    "import { StepSchema } from '../content/schema.ts';",
  ],
  [
    'src/components/step/x.tsx',
    "import { readLocales } from '../../content/locales.ts';",
  ],
  [
    'src/components/x.tsx',
    "import { formatIssues } from '#src/content/validate.ts';",
  ],
  ['src/content/journey.ts', "import { StepSchema } from './schema.ts';"],
  ['src/main.tsx', "import { StepSchema } from './content/schema.ts';"],
  ['src/app/x.tsx', "import { SHELL_FILE } from '../build/static-host.ts';"],
  [
    'src/app/x.tsx',
    "import { contentPlugin } from '#src/build/content-plugin.ts';",
  ],
  ['src/state/x.ts', "import { z } from 'zod';"],
  [
    'src/components/x.tsx',
    "import { COLLECTIONS } from '#src/content/collections.ts';",
  ],
  ['src/content/journey.ts', "import { COLLECTIONS } from './collections.ts';"],
  [
    'src/content/journey.ts',
    "import { mapReaderText } from './schema-reader-text.ts';",
  ],
])('browser code in %s may not run `%s`', async (filePath, code) => {
  expect(await brokenImportRules(filePath, code)).toEqual([BROWSER_RULE]);
});

test.each([
  ['src/components/x.tsx', "import type { Step } from '../content/schema.ts';"],
  ['src/content/journey.ts', "import type { Step } from './schema.ts';"],
  ['src/main.tsx', "import type { Locale } from './content/schema.ts';"],
  ['src/components/x.tsx', "import { journey } from '../content/journey.ts';"],
  ['src/state/journey-file.ts', "import { z } from 'zod';"],
  ['src/build/x.ts', "import { readFileSync } from 'node:fs';"],
  ['src/build/x.ts', "import { StepSchema } from '../content/schema.ts';"],
  ['src/content/validate.ts', "import { z } from 'zod';"],
  ['src/content/locales.ts', "import path from 'node:path';"],
  [
    'src/components/x.tsx',
    "import { PANEL_KINDS } from '#src/content/panel-kinds.ts';",
  ],
  ['src/content/collections.ts', "import { StepSchema } from './schema.ts';"],
  ['src/components/x.test.tsx', "import fs from 'node:fs';"],
])('%s may use `%s`', async (filePath, code) => {
  expect(await brokenImportRules(filePath, code)).toEqual([]);
});

test.each([
  ['src/components/x.tsx', "import { create } from 'zustand';"],
  ['src/components/ui/x.tsx', "import { create } from 'zustand/react';"],
  [
    'src/components/step/x.tsx',
    "import steps from '../../../data/steps.json';",
  ],
  ['src/state/x.ts', "import steps from '../../data/steps.json';"],
  ['src/components/x.tsx', "import { locales } from 'virtual:journey';"],
  [
    'src/content/x.ts',
    "import { StepView } from '../components/step/step-view.tsx';",
  ],
  ['src/state/x.ts', "import { paths } from '../app/paths.ts';"],
  ['src/state/x.ts', "import { useSwipe } from '#src/hooks/use-swipe.ts';"],
  [
    'src/components/ui/x.tsx',
    "import { journey } from '../../content/journey.ts';",
  ],
  [
    'src/components/ui/x.tsx',
    "import { journey } from '#src/content/journey.ts';",
  ],
])('the import zones stop %s importing `%s`', async (filePath, code) => {
  expect(await brokenImportRules(filePath, code)).toEqual([ZONE_RULE]);
});
