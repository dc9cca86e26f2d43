/**
 * Validates the raw text of every data file and reports problems a content
 * editor can act on: the file, the JSON path and what is wrong.
 *
 * Runs in Node at build and test time (through `content-plugin.ts`), never in
 * the browser.
 */
import type { z } from 'zod';
import {
  COLLECTION_FILES,
  CollectionSchemas,
  UNIT_PROFILE_FILE,
  UnitProfileSchema,
  type CollectionName,
  type Journey,
  type UnitProfile,
  type UnitText,
} from './schema.ts';
import { findGlossaryMarkProblems, listGlossaryMarks } from './markup.ts';

export type ContentIssue = {
  file: string;
  path: (string | number)[];
  message: string;
};

export type ValidationResult =
  { ok: true; journey: Journey } | { ok: false; issues: ContentIssue[] };

export type RawContent = Record<CollectionName, string>;

type ValidateOptions = {
  /** Tells whether an illustration file exists in data/illustrations/. */
  illustrationExists?: (fileName: string) => boolean;
  /** The file each collection was read from, for messages (a translation's). */
  files?: Record<CollectionName, string>;
};

/** `['steps', 7, 'phaseId']` → `steps[7].phaseId` */
export function formatPath(path: readonly PropertyKey[]) {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      return index === 0 ? String(part) : `.${String(part)}`;
    })
    .join('');
}

/** One line per issue: `data/steps.json: steps[7].phaseId: unknown phase …` */
export function formatIssues(issues: readonly ContentIssue[]) {
  return issues
    .map((issue) =>
      issue.path.length > 0
        ? `${issue.file}: ${formatPath(issue.path)}: ${issue.message}`
        : `${issue.file}: ${issue.message}`,
    )
    .join('\n');
}

function describeJsonError(text: string, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return `is not valid JSON (${message})`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `is not valid JSON at line ${line}, column ${column} (${message})`;
}

export function validateContent(
  raw: RawContent,
  options: ValidateOptions = {},
): ValidationResult {
  const issues: ContentIssue[] = [];
  const parsed: Partial<Record<CollectionName, unknown>> = {};
  const files = options.files ?? COLLECTION_FILES;

  for (const name of Object.keys(COLLECTION_FILES) as CollectionName[]) {
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
    const schema: z.ZodType = CollectionSchemas[name];
    const result = schema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({
          file,
          path: [
            name,
            ...issue.path.map((part) =>
              typeof part === 'number' ? part : String(part),
            ),
          ],
          message: issue.message,
        });
      }
      continue;
    }
    parsed[name] = result.data;
  }

  if (issues.length > 0) return { ok: false, issues };
  const journey = parsed as Journey;
  issues.push(...checkReferences(journey, options));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, journey };
}

/** Teach-back prompts per phase: enough to check, few enough to ask. */
export const MIN_TEACH_BACK = 2;
export const MAX_TEACH_BACK = 3;

export type UnitProfileResult =
  { ok: true; profile: UnitProfile } | { ok: false; issues: ContentIssue[] };

/**
 * Validates a unit's profile file (`UNIT_PROFILE`, or the default
 * data/unit-profile.json): the schema, then that each phase note names a
 * phase that exists and each text by language names a language the app
 * offers. Issues name the file as given and the JSON path.
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
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        file,
        path: issue.path.map((part) =>
          typeof part === 'number' ? part : String(part),
        ),
        message: issue.message,
      })),
    };
  }
  const profile = result.data;
  const issues: ContentIssue[] = Object.keys(profile.phaseNotes ?? {})
    .filter((phaseId) => !phaseIds.has(phaseId))
    .map((phaseId) => ({
      file,
      path: ['phaseNotes', phaseId],
      message: `unknown phase "${phaseId}"${suggest(phaseId, phaseIds)}`,
    }));
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

function levenshtein(a: string, b: string) {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(
        above + 1,
        row[j - 1]! + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function suggest(id: string, known: Iterable<string>) {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = levenshtein(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(id.length / 3));
  return best !== undefined && bestDistance <= limit
    ? ` (did you mean "${best}"?)`
    : '';
}

const KIND_WORDS: Record<CollectionName, string> = {
  sources: 'source',
  glossary: 'glossary term',
  illustrations: 'illustration',
  modalities: 'modality',
  medicines: 'medicine',
  tests: 'test',
  phases: 'phase',
  questions: 'question',
  tracks: 'track',
  steps: 'step',
  warningSets: 'warning set',
  careTopics: 'care topic',
  teachBack: 'teach-back prompt',
};

/** Walks every string inside a value, with its path. */
function eachString(
  value: unknown,
  path: (string | number)[],
  visit: (text: string, path: (string | number)[]) => void,
) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value))
    value.forEach((item, index) => eachString(item, [...path, index], visit));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      eachString(item, [...path, key], visit);
}

function checkReferences(journey: Journey, options: ValidateOptions) {
  const issues: ContentIssue[] = [];
  const ids = {} as Record<CollectionName, Set<string>>;
  const files = options.files ?? COLLECTION_FILES;

  for (const name of Object.keys(COLLECTION_FILES) as CollectionName[]) {
    const seen = new Set<string>();
    journey[name].forEach((item, index) => {
      if (seen.has(item.id)) {
        issues.push({
          file: files[name],
          path: [name, index, 'id'],
          message: `duplicate ${KIND_WORDS[name]} id "${item.id}"`,
        });
      }
      seen.add(item.id);
    });
    ids[name] = seen;
  }

  function expectRef(
    from: CollectionName,
    path: (string | number)[],
    target: CollectionName,
    id: string,
  ) {
    if (ids[target].has(id)) return;
    issues.push({
      file: files[from],
      path: [from, ...path],
      message: `unknown ${KIND_WORDS[target]} "${id}"${suggest(id, ids[target])}`,
    });
  }

  function expectRefs(
    from: CollectionName,
    path: (string | number)[],
    target: CollectionName,
    list: readonly string[] | undefined,
  ) {
    list?.forEach((id, index) => expectRef(from, [...path, index], target, id));
  }

  // Every collection item may cite sources and mark glossary terms in text.
  for (const name of Object.keys(COLLECTION_FILES) as CollectionName[]) {
    journey[name].forEach((item, index) => {
      if ('sourceIds' in item)
        expectRefs(name, [index, 'sourceIds'], 'sources', item.sourceIds);
      eachString(item, [index], (text, path) => {
        for (const problem of findGlossaryMarkProblems(text)) {
          issues.push({
            file: files[name],
            path: [name, ...path],
            message: problem,
          });
        }
        for (const mark of listGlossaryMarks(text)) {
          if (!ids.glossary.has(mark.termId)) {
            issues.push({
              file: files[name],
              path: [name, ...path],
              message: `marks unknown glossary term "${mark.termId}"${suggest(mark.termId, ids.glossary)}`,
            });
          }
        }
      });
    });
  }

  const phaseOrder = new Map(
    journey.phases.map((phase, index) => [phase.id, index]),
  );

  journey.phases.forEach((phase, index) => {
    if (phase.branchesFrom && phase.kind !== 'branch') {
      issues.push({
        file: files.phases,
        path: ['phases', index, 'branchesFrom'],
        message: 'only a phase of kind "branch" can branch from other phases',
      });
    }
    expectRefs('phases', [index, 'branchesFrom'], 'phases', phase.branchesFrom);
  });

  const groupLastIndex = new Map<string, number>();
  journey.phases.forEach((phase, index) => {
    if (!phase.group) return;
    const last = groupLastIndex.get(phase.group.id);
    if (last !== undefined && last !== index - 1) {
      issues.push({
        file: files.phases,
        path: ['phases', index, 'group', 'id'],
        message: `phases of group "${phase.group.id}" must follow one another`,
      });
    }
    groupLastIndex.set(phase.group.id, index);
  });

  journey.medicines.forEach((medicine, index) =>
    expectRefs(
      'medicines',
      [index, 'modalityIds'],
      'modalities',
      medicine.modalityIds,
    ),
  );

  journey.questions.forEach((question, index) =>
    expectRef('questions', [index, 'phaseId'], 'phases', question.phaseId),
  );

  journey.illustrations.forEach((illustration, index) => {
    if (
      options.illustrationExists &&
      !options.illustrationExists(illustration.file)
    ) {
      issues.push({
        file: files.illustrations,
        path: ['illustrations', index, 'file'],
        message: `file data/illustrations/${illustration.file} does not exist`,
      });
    }
  });

  journey.tracks.forEach((track, trackIndex) => {
    let previousOrder = -1;
    track.segments.forEach((segment, segmentIndex) => {
      const path = [trackIndex, 'segments', segmentIndex];
      expectRef('tracks', [...path, 'phaseId'], 'phases', segment.phaseId);
      expectRefs(
        'tracks',
        [...path, 'modalityIds'],
        'modalities',
        segment.modalityIds,
      );
      expectRefs(
        'tracks',
        [...path, 'medicineIds'],
        'medicines',
        segment.medicineIds,
      );
      const order = phaseOrder.get(segment.phaseId);
      if (order === undefined) return;
      if (order <= previousOrder) {
        issues.push({
          file: files.tracks,
          path: ['tracks', ...path, 'phaseId'],
          message: `phase "${segment.phaseId}" is out of order: segments must follow the order of phases.json, each phase once`,
        });
      }
      previousOrder = Math.max(previousOrder, order);
    });
    if (track.spansAllTreatmentPhases) {
      const covered = new Set(track.segments.map((segment) => segment.phaseId));
      const missing = journey.phases
        .filter((phase) => phase.kind === 'treatment' && !covered.has(phase.id))
        .map((phase) => `"${phase.id}"`);
      if (missing.length > 0) {
        issues.push({
          file: files.tracks,
          path: ['tracks', trackIndex, 'segments'],
          message: `must span every treatment phase; missing ${missing.join(', ')}`,
        });
      }
    }
  });

  const stepsPerPhase = new Map<string, number>();
  let previousPhaseId: string | undefined;
  const finishedPhases = new Set<string>();
  journey.steps.forEach((step, index) => {
    expectRef('steps', [index, 'phaseId'], 'phases', step.phaseId);
    expectRefs('steps', [index, 'modalityIds'], 'modalities', step.modalityIds);
    expectRefs('steps', [index, 'testIds'], 'tests', step.testIds);
    expectRefs('steps', [index, 'medicineIds'], 'medicines', step.medicineIds);
    expectRefs('steps', [index, 'questionIds'], 'questions', step.questionIds);
    expectRefs(
      'steps',
      [index, 'illustrationIds'],
      'illustrations',
      step.illustrationIds,
    );
    stepsPerPhase.set(step.phaseId, (stepsPerPhase.get(step.phaseId) ?? 0) + 1);
    if (step.phaseId !== previousPhaseId) {
      if (previousPhaseId !== undefined) finishedPhases.add(previousPhaseId);
      if (finishedPhases.has(step.phaseId)) {
        issues.push({
          file: files.steps,
          path: ['steps', index, 'phaseId'],
          message: `steps of phase "${step.phaseId}" must follow one another`,
        });
      }
      const order = phaseOrder.get(step.phaseId);
      const previousOrder =
        previousPhaseId === undefined
          ? undefined
          : phaseOrder.get(previousPhaseId);
      if (
        order !== undefined &&
        previousOrder !== undefined &&
        order < previousOrder
      ) {
        issues.push({
          file: files.steps,
          path: ['steps', index, 'phaseId'],
          message: `phase "${step.phaseId}" comes before "${previousPhaseId}" in phases.json, so its steps must too`,
        });
      }
      previousPhaseId = step.phaseId;
    }
  });

  issues.push(...checkWarningSets(journey, files, expectRefs));

  journey.careTopics.forEach((topic, index) =>
    expectRefs(
      'careTopics',
      [index, 'warningSetIds'],
      'warningSets',
      topic.warningSetIds,
    ),
  );

  const promptsPerPhase = new Map<string, number>();
  journey.teachBack.forEach((prompt, index) => {
    expectRef('teachBack', [index, 'phaseId'], 'phases', prompt.phaseId);
    expectRefs('teachBack', [index, 'stepIds'], 'steps', prompt.stepIds);
    promptsPerPhase.set(
      prompt.phaseId,
      (promptsPerPhase.get(prompt.phaseId) ?? 0) + 1,
    );
  });
  journey.phases.forEach((phase, index) => {
    const count = promptsPerPhase.get(phase.id) ?? 0;
    if (count < MIN_TEACH_BACK || count > MAX_TEACH_BACK) {
      issues.push({
        file: files.teachBack,
        path: ['teachBack'],
        message: `phase "${phase.id}" (phases[${index}]) has ${count} teach-back prompts; every phase needs ${MIN_TEACH_BACK} to ${MAX_TEACH_BACK}`,
      });
    }
  });

  journey.phases.forEach((phase, index) => {
    if (!stepsPerPhase.has(phase.id)) {
      issues.push({
        file: files.phases,
        path: ['phases', index, 'id'],
        message: `phase "${phase.id}" has no steps in data/steps.json`,
      });
    }
  });

  return issues;
}

type ExpectRefs = (
  from: CollectionName,
  path: (string | number)[],
  target: CollectionName,
  list: readonly string[] | undefined,
) => void;

/**
 * Warning signs: one shared set; each medicine set names its medicines and
 * every medicine has at least one; steps and care topics list only sets
 * written for them (a medicine's signs come with the medicine).
 */
function checkWarningSets(
  journey: Journey,
  files: Record<CollectionName, string>,
  expectRefs: ExpectRefs,
) {
  const issues: ContentIssue[] = [];
  const file = files.warningSets;
  const kinds = new Map(journey.warningSets.map((set) => [set.id, set.kind]));
  const shared = journey.warningSets.filter((set) => set.kind === 'shared');
  if (journey.warningSets.length > 0 && shared.length !== 1) {
    issues.push({
      file,
      path: ['warningSets'],
      message: `must have exactly one set of kind "shared" (found ${shared.length})`,
    });
  }
  const covered = new Set<string>();
  journey.warningSets.forEach((set, index) => {
    expectRefs(
      'warningSets',
      [index, 'medicineIds'],
      'medicines',
      set.medicineIds,
    );
    set.medicineIds.forEach((id) => covered.add(id));
    if (set.kind === 'medicine' && set.medicineIds.length === 0) {
      issues.push({
        file,
        path: ['warningSets', index, 'medicineIds'],
        message: 'a set of kind "medicine" must name its medicines',
      });
    }
    if (set.kind !== 'medicine' && set.medicineIds.length > 0) {
      issues.push({
        file,
        path: ['warningSets', index, 'medicineIds'],
        message: `only a set of kind "medicine" names medicines (this one is "${set.kind}")`,
      });
    }
  });
  if (journey.warningSets.length > 0) {
    journey.medicines.forEach((medicine, index) => {
      if (covered.has(medicine.id)) return;
      issues.push({
        file: files.medicines,
        path: ['medicines', index, 'id'],
        message: `medicine "${medicine.id}" has no warning signs in ${file}`,
      });
    });
  }
  const listed: [CollectionName, { warningSetIds: string[] }[]][] = [
    ['steps', journey.steps],
    ['careTopics', journey.careTopics],
  ];
  for (const [name, items] of listed) {
    items.forEach((item, index) => {
      expectRefs(
        name,
        [index, 'warningSetIds'],
        'warningSets',
        item.warningSetIds,
      );
      item.warningSetIds.forEach((id, position) => {
        if (kinds.get(id) !== 'medicine') return;
        issues.push({
          file: files[name],
          path: [name, index, 'warningSetIds', position],
          message: `"${id}" is a medicine's set: it comes with the medicine, list the medicine instead`,
        });
      });
    });
  }
  return issues;
}
