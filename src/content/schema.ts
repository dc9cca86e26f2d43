/**
 * The content model: one strict zod schema per collection in `data/`.
 *
 * This file is the single source of the content types (`z.infer`) and of the
 * validation. It runs at build time only (see `content-plugin.ts`); the
 * browser receives the already-validated JSON, never zod.
 */
import { z } from 'zod';
import { AUDIENCES, CONDITIONS, STAGES } from './situation.ts';

/** Ids are URL slugs and must stay stable once published. */
export const SlugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a kebab-case slug (a-z, 0-9, -)',
  );

const SlugListSchema = z.array(SlugSchema);

/** A calendar date written as YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date('must be a date written as YYYY-MM-DD');

const TextSchema = z.string().trim().min(1, 'must not be empty');

/**
 * Text that can differ for adults and for children (the child text speaks to
 * parents: "your child"). A reader who has not said who is being treated
 * could be either, so the neutral text says the same with nobody addressed
 * as patient or parent. A plain string is shared by all three.
 */
export const AudienceTextSchema = z.union([
  TextSchema,
  z.strictObject({ adult: TextSchema, child: TextSchema, neutral: TextSchema }),
]);

/** The wordings an audience text holds (see `AudienceTextSchema`). */
export const WORDINGS = ['adult', 'child', 'neutral'] as const;
export type Wording = (typeof WORDINGS)[number];

/**
 * How a translation may differ in a field. Marking the field where it is
 * declared keeps translation parity and the pseudo-locale (see
 * `schema-reader-text.ts`) in step with the schema:
 * - `text`: reader text; a translation keeps its glossary marks and, for a
 *   list, its length;
 * - `aliases`: other names, as many as the language has;
 * - `file`: a file name a translation may swap for its own copy; never
 *   pseudo-translated.
 */
export type ReaderTextKind = 'text' | 'aliases' | 'file';

export const readerTextRegistry = z.registry<{ kind: ReaderTextKind }>();

/** Marks a field as reader text (see `ReaderTextKind`). */
export function readerText<T extends z.ZodType>(
  schema: T,
  kind: ReaderTextKind = 'text',
): T {
  // A copy, so a shared schema such as TextSchema stays unmarked elsewhere.
  const marked = schema.clone() as T;
  readerTextRegistry.add(marked, { kind });
  return marked;
}

/** Who a piece of content is for. */
export const AudienceSchema = z.enum(AUDIENCES);

/**
 * Where a reader's treatment stands. A step lists every stage it applies
 * to; the reader's situation (src/content/situation.ts) is matched on this.
 */
export const StageSchema = z.enum(STAGES);

/** Extra conditions that narrow a step or track to some plans only. */
export const ConditionSchema = z.enum(CONDITIONS);

const DurationUnitSchema = z.enum(['days', 'weeks', 'months', 'years']);

/**
 * A duration as plain words ("About 4 weeks") with an optional numeric
 * range used for estimated dates. Where sources disagree the label says so
 * ("Several months, depending on the plan") and the range may be left out.
 */
export const DurationSchema = z
  .strictObject({
    label: readerText(TextSchema),
    min: z.number().positive().optional(),
    max: z.number().positive().optional(),
    unit: DurationUnitSchema.optional(),
  })
  .superRefine((duration, ctx) => {
    const numbers = [duration.min, duration.max, duration.unit];
    const given = numbers.filter((value) => value !== undefined).length;
    if (given !== 0 && given !== 3) {
      ctx.addIssue({
        code: 'custom',
        message: 'min, max and unit go together: give all three or none',
      });
    }
    if (
      duration.min !== undefined &&
      duration.max !== undefined &&
      duration.min > duration.max
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: `min (${duration.min}) is larger than max (${duration.max})`,
      });
    }
  });

export const SettingSchema = z.enum(['hospital', 'clinic', 'home']);

/** Everything in the journey that makes a factual claim names its sources. */
const SourceIdsSchema = z
  .array(SlugSchema)
  .min(1, 'must cite at least one source');

export const PhaseSchema = z.strictObject({
  id: SlugSchema,
  title: readerText(AudienceTextSchema),
  /** Short label for the timeline on narrow screens. */
  shortTitle: readerText(TextSchema),
  /** before and after frame the treatment; branch phases are side paths. */
  kind: z.enum(['before', 'treatment', 'after', 'branch']),
  summary: readerText(AudienceTextSchema),
  goal: readerText(AudienceTextSchema),
  /** Neutral: for a reader who has not said who is treated; where the
   * adult and child lengths differ it gives the span of both. */
  duration: z.strictObject({
    adult: DurationSchema,
    child: DurationSchema,
    neutral: DurationSchema,
  }),
  settings: z.array(SettingSchema).min(1, 'must name at least one setting'),
  /** Groups phases under one heading, e.g. post-remission therapy. */
  group: z
    .strictObject({
      id: SlugSchema,
      title: readerText(TextSchema),
      summary: readerText(TextSchema),
    })
    .optional(),
  /** For branch phases: the phases from which this path can start. */
  branchesFrom: SlugListSchema.optional(),
  sourceIds: SourceIdsSchema,
});

export const StepSectionsSchema = z.strictObject({
  whatHappens: readerText(AudienceTextSchema),
  why: readerText(AudienceTextSchema),
  howLong: readerText(AudienceTextSchema),
  where: readerText(AudienceTextSchema),
  tests: readerText(AudienceTextSchema).optional(),
  sideEffects: readerText(AudienceTextSchema).optional(),
  /**
   * A note for this step only, shown above the composed warning signs, e.g.
   * "You are in the hospital for this: tell your nurse". The signs
   * themselves come from warning-signs.json (see `WarningSetSchema`).
   */
  whenToCall: readerText(AudienceTextSchema).optional(),
});

export const StepSchema = z.strictObject({
  id: SlugSchema,
  phaseId: SlugSchema,
  title: readerText(AudienceTextSchema),
  summary: readerText(AudienceTextSchema),
  sections: StepSectionsSchema,
  /** Optional deeper layer: drug names, percentages, trial results. */
  moreDetail: readerText(AudienceTextSchema).optional(),
  audience: AudienceSchema,
  situations: z
    .array(StageSchema)
    .min(1, 'must apply to at least one situation'),
  conditions: z.array(ConditionSchema).optional(),
  modalityIds: SlugListSchema.default([]),
  testIds: SlugListSchema.default([]),
  medicineIds: SlugListSchema.default([]),
  questionIds: SlugListSchema.default([]),
  illustrationIds: SlugListSchema.default([]),
  /** Warning signs for this step only (kind "step" in warning-signs.json). */
  warningSetIds: SlugListSchema.default([]),
  sourceIds: SourceIdsSchema,
  reviewedAt: IsoDateSchema,
});

export const CnsMethodSchema = z.enum([
  'intrathecal',
  'high-dose-systemic',
  'cranial-radiation',
]);

export const TrackSchema = z.strictObject({
  id: SlugSchema,
  title: readerText(TextSchema),
  shortTitle: readerText(TextSchema),
  summary: readerText(AudienceTextSchema),
  why: readerText(AudienceTextSchema),
  conditions: z.array(ConditionSchema).optional(),
  /** One segment per phase the track runs through, in phase order. */
  segments: z
    .array(
      z.strictObject({
        phaseId: SlugSchema,
        how: readerText(AudienceTextSchema),
        methods: z.array(CnsMethodSchema).optional(),
        modalityIds: SlugListSchema.default([]),
        medicineIds: SlugListSchema.default([]),
      }),
    )
    .min(1, 'must span at least one phase'),
  /** When true, the track must span every treatment phase. */
  spansAllTreatmentPhases: z.boolean(),
  sourceIds: SourceIdsSchema,
});

export const ModalitySchema = z.strictObject({
  id: SlugSchema,
  name: readerText(TextSchema),
  summary: readerText(AudienceTextSchema),
  description: readerText(AudienceTextSchema),
  sideEffects: readerText(AudienceTextSchema).optional(),
  sourceIds: SourceIdsSchema,
});

export const MedicineSchema = z.strictObject({
  id: SlugSchema,
  name: readerText(TextSchema),
  brandNames: z.array(TextSchema).default([]),
  /** A medicine may sit under two modalities where sources file it so. */
  modalityIds: z.array(SlugSchema).min(1, 'must belong to a modality'),
  what: readerText(AudienceTextSchema),
  /** What it is used for in ALL, in plain words (not a label). */
  usedFor: readerText(AudienceTextSchema),
  sideEffects: readerText(AudienceTextSchema).optional(),
  note: readerText(AudienceTextSchema).optional(),
  sourceIds: SourceIdsSchema,
});

export const TestSchema = z.strictObject({
  id: SlugSchema,
  name: readerText(TextSchema),
  alsoCalled: readerText(z.array(TextSchema), 'aliases').default([]),
  what: readerText(AudienceTextSchema),
  why: readerText(AudienceTextSchema),
  when: readerText(AudienceTextSchema),
  whatItFeelsLike: readerText(AudienceTextSchema).optional(),
  sourceIds: SourceIdsSchema,
});

export const GlossaryTermSchema = z.strictObject({
  id: SlugSchema,
  term: readerText(TextSchema),
  alsoCalled: readerText(z.array(TextSchema), 'aliases').default([]),
  definition: readerText(TextSchema),
  sourceIds: SourceIdsSchema,
});

export const QuestionSchema = z.strictObject({
  id: SlugSchema,
  phaseId: SlugSchema,
  text: readerText(AudienceTextSchema),
  sourceIds: SourceIdsSchema,
});

export const IllustrationSchema = z.strictObject({
  id: SlugSchema,
  /**
   * File name inside data/illustrations/; a translation may name its own
   * copy with translated labels, e.g. bone-marrow-sample.es.svg.
   */
  file: readerText(
    z
      .string()
      .regex(
        /^[a-z0-9-]+(?:\.[a-z]{2,3}(?:-[a-z0-9]+)*)?\.svg$/,
        'must be a .svg file name',
      ),
    'file',
  ),
  alt: readerText(TextSchema),
  caption: readerText(TextSchema),
  sourceIds: SourceIdsSchema,
});

/**
 * A question the nurse asks at the bedside so the family explains a phase
 * back in their own words, with the points to listen for. Shown only in
 * bedside mode, in a panel for the nurse.
 */
export const TeachBackSchema = z.strictObject({
  id: SlugSchema,
  phaseId: SlugSchema,
  prompt: readerText(AudienceTextSchema),
  /** What a good answer mentions; each point restates the linked steps. */
  listenFor: readerText(
    z
      .array(AudienceTextSchema)
      .min(2, 'must list at least 2 points to listen for')
      .max(4, 'must list at most 4 points to listen for'),
  ),
  /** The steps whose text the points restate (checked by an editor). */
  stepIds: z.array(SlugSchema).min(1, 'must name the steps it draws on'),
  sourceIds: SourceIdsSchema,
});

/**
 * How soon to act on a warning sign. The team's own rules come first; these
 * groups follow the researched facts (all-facts.md §14).
 */
export const UrgencySchema = z.enum(['emergency', 'call-now', 'same-day'], {
  error: 'must be one of "emergency", "call-now", "same-day"',
});

/** One warning sign: what the family sees, and who says so. */
export const WarningSignSchema = z.strictObject({
  urgency: UrgencySchema,
  text: readerText(AudienceTextSchema),
  sourceIds: SourceIdsSchema,
});

/**
 * Warning signs written once and shown wherever they apply, so the same
 * sign never reads differently on two pages. A step's "When to call" is
 * composed from the one "shared" set, the sets of the medicines it names
 * and the "step" sets it lists in `warningSetIds`.
 */
export const WarningSetSchema = z.strictObject({
  id: SlugSchema,
  kind: z.enum(['shared', 'medicine', 'step']),
  /** Heading over the set's signs, e.g. "With asparaginase". */
  title: readerText(TextSchema),
  /** For kind "medicine": every medicine these signs belong to. */
  medicineIds: SlugListSchema.default([]),
  signs: z.array(WarningSignSchema).min(1, 'must list at least one sign'),
  /** What to do or not do, e.g. "do not give fever medicine first". */
  advice: z
    .array(
      z.strictObject({
        text: readerText(AudienceTextSchema),
        sourceIds: SourceIdsSchema,
      }),
    )
    .default([]),
});

/**
 * When nurses usually teach a care-at-home topic, after the Children's
 * Oncology Group education checklist: before the first discharge, in the
 * first month, or before treatment ends.
 */
export const TeachingTimeSchema = z.enum(
  ['first-discharge', 'first-month', 'before-end'],
  {
    error: 'must be one of "first-discharge", "first-month", "before-end"',
  },
);

/** A care-at-home topic: what families do at home to keep the patient safe. */
export const CareTopicSchema = z.strictObject({
  id: SlugSchema,
  title: readerText(AudienceTextSchema),
  summary: readerText(AudienceTextSchema),
  teachingTime: TeachingTimeSchema,
  audience: AudienceSchema,
  /** The topic's text: short paragraphs and lists (see data/README.md). */
  body: readerText(AudienceTextSchema),
  /** Warning signs shown with the topic (kind "step" or "shared"). */
  warningSetIds: SlugListSchema.default([]),
  sourceIds: SourceIdsSchema,
  reviewedAt: IsoDateSchema,
});

/**
 * Publishers we accept as sources: government health agencies, national
 * cancer charities, children's cancer groups and peer-reviewed journals.
 */
export const TRUSTED_SOURCE_HOSTS = [
  'cancer.gov',
  'nih.gov',
  'fda.gov',
  'cancer.org',
  'lls.org',
  'childrensoncologygroup.org',
  'curesearch.org',
  'stjude.org',
  'cancer.ca',
  'aboutkidshealth.ca',
  'cancerresearchuk.org',
  'nhs.uk',
  'ashpublications.org',
  'nejm.org',
  'cancer.net',
  'cdc.gov',
] as const;

export function isTrustedSourceUrl(url: string) {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return TRUSTED_SOURCE_HOSTS.some(
    (trusted) => host === trusted || host.endsWith(`.${trusted}`),
  );
}

export const SourceSchema = z.strictObject({
  id: SlugSchema,
  publisher: TextSchema,
  title: TextSchema,
  url: z
    .url({ protocol: /^https$/, error: 'must be an https:// address' })
    .refine(isTrustedSourceUrl, {
      message: `must be from a trusted publisher (${TRUSTED_SOURCE_HOSTS.join(', ')})`,
    }),
  /** When the page was last read to check the facts drawn from it. */
  accessedAt: IsoDateSchema,
});

/** The data files and the collection each one holds, in check order. */
export const COLLECTION_FILES = {
  sources: 'data/sources.json',
  glossary: 'data/glossary.json',
  illustrations: 'data/illustrations.json',
  modalities: 'data/modalities.json',
  medicines: 'data/medicines.json',
  tests: 'data/tests.json',
  phases: 'data/phases.json',
  questions: 'data/questions.json',
  tracks: 'data/tracks.json',
  warningSets: 'data/warning-signs.json',
  steps: 'data/steps.json',
  careTopics: 'data/care-topics.json',
  teachBack: 'data/teach-back.json',
} as const;

export type CollectionName = keyof typeof COLLECTION_FILES;

export const CollectionSchemas = {
  sources: z.array(SourceSchema),
  glossary: z.array(GlossaryTermSchema),
  illustrations: z.array(IllustrationSchema),
  modalities: z.array(ModalitySchema).min(1),
  medicines: z.array(MedicineSchema),
  tests: z.array(TestSchema),
  phases: z.array(PhaseSchema).min(1),
  questions: z.array(QuestionSchema),
  tracks: z.array(TrackSchema),
  warningSets: z.array(WarningSetSchema),
  steps: z.array(StepSchema).min(1),
  careTopics: z.array(CareTopicSchema),
  teachBack: z.array(TeachBackSchema),
} satisfies Record<CollectionName, z.ZodType>;

export const JourneySchema = z.strictObject(CollectionSchemas);

export type AudienceText = z.infer<typeof AudienceTextSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Duration = z.infer<typeof DurationSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type Step = z.infer<typeof StepSchema>;
export type StepSections = z.infer<typeof StepSectionsSchema>;
export type Track = z.infer<typeof TrackSchema>;
export type TrackSegment = Track['segments'][number];
export type CnsMethod = z.infer<typeof CnsMethodSchema>;
export type Modality = z.infer<typeof ModalitySchema>;
export type Medicine = z.infer<typeof MedicineSchema>;
export type MedicalTest = z.infer<typeof TestSchema>;
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Illustration = z.infer<typeof IllustrationSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type TeachBack = z.infer<typeof TeachBackSchema>;
export type Urgency = z.infer<typeof UrgencySchema>;
export type WarningSign = z.infer<typeof WarningSignSchema>;
export type WarningSet = z.infer<typeof WarningSetSchema>;
export type TeachingTime = z.infer<typeof TeachingTimeSchema>;
export type CareTopic = z.infer<typeof CareTopicSchema>;
export type Journey = z.infer<typeof JourneySchema>;

/** The unit-profile file a hospital unit supplies at build or deploy time. */
export const UNIT_PROFILE_FILE = 'data/unit-profile.json';

/** A phone number as the unit writes it: digits, spaces, + ( ) - . only. */
export const PhoneNumberSchema = z
  .string()
  .trim()
  .regex(
    /^\+?[0-9][0-9 ().-]{2,}[0-9]$/,
    'must be a phone number (digits, spaces, + ( ) - .)',
  );

/** Plausible fever thresholds, to catch a Celsius number marked °F. */
const FEVER_RANGES = { C: [37, 40], F: [98.6, 104] } as const;

/**
 * The fever temperature a unit tells families to call at, exactly as the
 * unit states it. There is never a default: centres use different numbers.
 */
export const FeverTemperatureSchema = z
  .strictObject({ value: z.number(), unit: z.enum(['C', 'F']) })
  .superRefine((fever, ctx) => {
    const [min, max] = FEVER_RANGES[fever.unit];
    if (fever.value < min || fever.value > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${fever.value} °${fever.unit} is not a plausible fever temperature (expected ${min} to ${max} °${fever.unit})`,
      });
    }
  });

/**
 * Text a unit writes: one string, shown in every language as written, or
 * one text per language code, so a family reads the unit's hours and notes
 * in their own language: { "en": "Tuesday mornings", "es": "Los martes" }.
 * The codes are checked against data/locales.json.
 */
export const UnitTextSchema = z.union(
  [
    TextSchema,
    z
      .record(z.string(), TextSchema)
      .refine((texts) => Object.keys(texts).length > 0, {
        message: 'must give the text in at least one language',
      }),
  ],
  {
    error:
      'must be text, or an object of texts by language code, e.g. { "en": "…", "es": "…" }',
  },
);

/**
 * Contact details and local notes of one hospital unit. Every field is
 * optional: the default profile has none, and the app then tells readers to
 * ask their care team, never inventing a number.
 */
export const UnitProfileSchema = z.strictObject({
  unitName: UnitTextSchema.optional(),
  dayPhone: PhoneNumberSchema.optional(),
  /** When the day line is closed: evenings, nights, weekends, holidays. */
  afterHoursPhone: PhoneNumberSchema.optional(),
  /** Free text such as "Mon–Fri 8:00–17:00". */
  dayHours: UnitTextSchema.optional(),
  feverTemperature: FeverTemperatureSchema.optional(),
  /**
   * The emergency number where the unit is (911, 999, 112…). Without it the
   * app says "your local emergency number"; it never guesses one.
   */
  emergencyNumber: z
    .string()
    .trim()
    .regex(
      /^[0-9][0-9 ]{1,6}[0-9]$/,
      'must be a short emergency number such as 911, 999 or 112',
    )
    .optional(),
  /**
   * The wording before a reader says who is treated (and bedside mode's
   * first choice): a children's unit sets "child". Without it: adult.
   */
  defaultAudience: z.enum(['child', 'adult']).optional(),
  /**
   * The language bedside mode opens in (a code from data/locales.json), for
   * a unit where most families read it. The nurse can still switch.
   */
  bedsideLanguage: z.string().optional(),
  /** Local notes per phase id, e.g. where the day unit is. */
  phaseNotes: z.record(SlugSchema, UnitTextSchema).optional(),
});

export type FeverTemperature = z.infer<typeof FeverTemperatureSchema>;
export type UnitProfile = z.infer<typeof UnitProfileSchema>;
export type UnitText = z.infer<typeof UnitTextSchema>;

/**
 * The languages the app offers, from data/locales.json. The first one is the
 * source language: its content lives in data/ and its URLs have no prefix.
 * Every other language lives in data/locales/<code>/ and its URLs start
 * with /<code>/. Adding one needs no code (docs/decisions/009).
 */
export const LocaleSchema = z.strictObject({
  /** A BCP 47 language tag, also the URL prefix: "es", "ar", "pt-br". */
  code: z
    .string()
    .regex(
      /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/,
      'must be a lowercase language tag',
    ),
  /** The language's name in that language, shown in the switch. */
  name: TextSchema,
  /** The locale Intl formats dates and numbers with, e.g. "es-US". */
  intl: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/),
  dir: z.enum(['ltr', 'rtl']),
  /**
   * Shown when the content or the app cannot load, so it cannot come from
   * the content files: a title, what to do, and the reload button.
   */
  loadError: z.strictObject({
    title: TextSchema,
    text: TextSchema,
    button: TextSchema,
  }),
});

export const LOCALES_FILE = 'data/locales.json';

export const LocalesSchema = z
  .array(LocaleSchema)
  .min(1, 'must list the source language first')
  .superRefine((locales, ctx) => {
    const seen = new Set<string>();
    locales.forEach((locale, index) => {
      if (seen.has(locale.code)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'code'],
          message: `duplicate language "${locale.code}"`,
        });
      }
      seen.add(locale.code);
    });
  });

/** Where a translated collection lives: data/locales/<code>/<same name>. */
export function localeCollectionFile(code: string, name: CollectionName) {
  return COLLECTION_FILES[name].replace(/^data\//, `data/locales/${code}/`);
}

/** Collections that are not translated: the cited pages are in English. */
export const SHARED_COLLECTIONS = [
  'sources',
] as const satisfies readonly CollectionName[];

/** Interface strings: one file per screen area, key → text. */
export const UI_DIR = 'data/ui';

export const MessageAreaSchema = z.record(
  z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'must be a camelCase key'),
  TextSchema,
);

export type Locale = z.infer<typeof LocaleSchema>;
export type MessageArea = z.infer<typeof MessageAreaSchema>;
