/**
 * Checks the profile file a hospital unit supplies: its contact details,
 * hours and local notes (docs/decisions/007 and data/README.md).
 */
import {
  describeJsonError,
  issuesFromZod,
  type ContentIssue,
} from './content-issue.ts';
import {
  UNIT_PROFILE_FILE,
  UnitProfileSchema,
  type UnitProfile,
  type UnitText,
} from './schema.ts';
import { suggest } from './suggest.ts';

export type UnitProfileResult =
  { ok: true; profile: UnitProfile } | { ok: false; issues: ContentIssue[] };

/**
 * Validates a unit's profile file (`UNIT_PROFILE`, or the default
 * data/unit-profile.json): the schema, then that each phase note names a
 * phase that exists, and each text by language and the bedside language
 * name a language the app offers. Issues name the file as given and the JSON path.
 */
export function validateUnitProfile(
  text: string,
  phaseIds: ReadonlySet<string>,
  localeCodes: ReadonlySet<string>,
  file: string = UNIT_PROFILE_FILE,
): UnitProfileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [{ file, path: [], message: describeJsonError(text, error) }],
    };
  }
  const result = UnitProfileSchema.safeParse(json);
  if (!result.success) {
    return { ok: false, issues: issuesFromZod(file, result.error) };
  }
  const profile = result.data;
  const issues: ContentIssue[] = Object.keys(profile.phaseNotes ?? {})
    .filter((phaseId) => !phaseIds.has(phaseId))
    .map((phaseId) => ({
      file,
      path: ['phaseNotes', phaseId],
      message: `unknown phase "${phaseId}"${suggest(phaseId, phaseIds)}`,
    }));
  const language = profile.bedsideLanguage;
  if (language !== undefined && !localeCodes.has(language)) {
    issues.push({
      file,
      path: ['bedsideLanguage'],
      message: `unknown language "${language}" (the app offers ${[...localeCodes].join(', ')})`,
    });
  }
  const texts: [(string | number)[], UnitText | undefined][] = [
    [['unitName'], profile.unitName],
    [['dayHours'], profile.dayHours],
    ...Object.entries(profile.phaseNotes ?? {}).map(
      ([phaseId, note]): [string[], UnitText] => [
        ['phaseNotes', phaseId],
        note,
      ],
    ),
  ];
  for (const [at, value] of texts) {
    if (typeof value !== 'object') continue;
    for (const code of Object.keys(value).filter(
      (code) => !localeCodes.has(code),
    )) {
      issues.push({
        file,
        path: [...at, code],
        message: `unknown language "${code}" (the app offers ${[...localeCodes].join(', ')})`,
      });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, profile };
}
