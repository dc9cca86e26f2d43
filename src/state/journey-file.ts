/**
 * The "my journey" file: what export writes and import reads. Loaded only
 * when a reader imports a file, so zod never enters the first load.
 */
import { z } from 'zod';
import { ANSWERS, STAGES, WHOS } from '#src/content/situation.ts';
import type { MyJourney } from './persisted-state.ts';

export const JOURNEY_FILE_KIND = 'all-journey/my-journey';
export const JOURNEY_FILE_VERSION = 1;
/** Far more than years of notes; stops a wrong file from freezing the page. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const IdSchema = z.string().min(1).max(200);

const MyJourneySchema = z.strictObject({
  situation: z.strictObject({
    stage: z.enum(STAGES).nullable(),
    who: z.enum(WHOS).nullable(),
    ph: z.enum(ANSWERS).nullable(),
    transplant: z.enum(ANSWERS).nullable(),
  }),
  hereStepId: IdSchema.nullable(),
  startDate: z.iso.date().nullable(),
  notes: z.record(IdSchema, z.string()),
  tickedQuestionIds: z.array(IdSchema).max(1000),
  ownQuestions: z
    .array(z.strictObject({ id: IdSchema, text: z.string().min(1) }))
    .max(1000),
  visitedStepIds: z.array(IdSchema).max(1000),
  // Files saved before teaching records existed have none.
  teachingRecords: z
    .array(
      z.strictObject({
        date: z.iso.date(),
        taught: z.array(IdSchema).max(1000),
        review: z.array(IdSchema).max(1000),
      }),
    )
    .max(5000)
    .default([]),
});

export const JourneyFileSchema = z.strictObject({
  kind: z.literal(JOURNEY_FILE_KIND),
  version: z.literal(JOURNEY_FILE_VERSION),
  exportedAt: z.string(),
  journey: MyJourneySchema,
});

export type JourneyFile = z.infer<typeof JourneyFileSchema>;

/** Builds the file a reader downloads. */
export function toJourneyFile(
  journey: MyJourney,
  now = new Date(),
): JourneyFile {
  return {
    kind: JOURNEY_FILE_KIND,
    version: JOURNEY_FILE_VERSION,
    exportedAt: now.toISOString(),
    journey,
  };
}

/**
 * Why a file cannot be used, for the screen to put in words: `unreadable`
 * is not JSON; `invalid` is not a journey file or is damaged, with the place
 * of the first problem when there is one.
 */
export type ReadProblem = 'unreadable' | 'invalid';

export type ReadResult =
  | { ok: true; journey: MyJourney }
  | { ok: false; problem: ReadProblem; path?: string };

/** Reads a file's text; says why it cannot be used. */
export function readJourneyFile(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const result = JourneyFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return issue && issue.path.length > 0
      ? { ok: false, problem: 'invalid', path: issue.path.join('.') }
      : { ok: false, problem: 'invalid' };
  }
  return { ok: true, journey: result.data.journey };
}
