/**
 * Validates the raw text of every data file and reports problems a content
 * editor can act on: the file, the JSON path and what is wrong.
 *
 * Each file is parsed with its collection's schema (collections.ts); then
 * the references the table declares, the warning-set rules and the rules
 * about the journey's order are checked across files.
 *
 * Runs in Node at build and test time (through `src/build/content-plugin.ts`),
 * never in the browser.
 */
import { checkJourneyRules } from './validate-journey-rules.ts';
import {
  checkReferences,
  type CollectionFiles,
} from './validate-references.ts';
import { checkWarningSets } from './validate-warning-sets.ts';
import { COLLECTIONS, COLLECTION_NAMES } from './collections.ts';
import {
  describeJsonError,
  issuesFromZod,
  type ContentIssue,
} from './content-issue.ts';
import type { CollectionName, Journey } from './schema.ts';

export {
  formatIssues,
  formatPath,
  type ContentIssue,
} from './content-issue.ts';
export { MAX_TEACH_BACK, MIN_TEACH_BACK } from './validate-journey-rules.ts';
export {
  validateUnitProfile,
  type UnitProfileResult,
} from './validate-unit-profile.ts';

export type ValidationResult =
  { ok: true; journey: Journey } | { ok: false; issues: ContentIssue[] };

export type RawContent = Record<CollectionName, string>;

type ValidateOptions = {
  /** Tells whether an illustration file exists in data/illustrations/. */
  illustrationExists?: (fileName: string) => boolean;
  /** The file each collection was read from, for messages (a translation's). */
  files?: CollectionFiles;
};

function englishFiles() {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, COLLECTIONS[name].file]),
  ) as CollectionFiles;
}

export function validateContent(
  raw: RawContent,
  options: ValidateOptions = {},
): ValidationResult {
  const issues: ContentIssue[] = [];
  const parsed: Partial<Record<CollectionName, unknown>> = {};
  const files = options.files ?? englishFiles();

  for (const name of COLLECTION_NAMES) {
    const file = files[name];
    let json: unknown;
    try {
      json = JSON.parse(raw[name]);
    } catch (error) {
      issues.push({
        file,
        path: [],
        message: describeJsonError(raw[name], error),
      });
      continue;
    }
    const result = COLLECTIONS[name].schema.safeParse(json);
    if (!result.success) {
      issues.push(...issuesFromZod(file, result.error, [name]));
      continue;
    }
    parsed[name] = result.data;
  }

  if (issues.length > 0) return { ok: false, issues };
  const journey = parsed as Journey;
  issues.push(
    ...checkReferences(journey, files),
    ...checkJourneyRules(journey, files, options),
    ...checkWarningSets(journey, files),
  );
  return issues.length > 0 ? { ok: false, issues } : { ok: true, journey };
}
