/**
 * Factories for content-validation tests: the smallest valid journey, and
 * makers for each kind of item to override one field at a time.
 */
import type { CollectionName } from '#src/content/schema.ts';
import {
  formatIssues,
  validateContent,
  type RawContent,
} from '#src/content/validate.ts';

export type Collections = Record<CollectionName, Record<string, unknown>[]>;

export function makeSource(overrides: Record<string, unknown> = {}) {
  return {
    id: 'nci',
    publisher: 'National Cancer Institute',
    title: 'A page',
    url: 'https://www.cancer.gov/page',
    accessedAt: '2026-01-01',
    ...overrides,
  };
}

const DURATION = { label: 'About 4 weeks', min: 4, max: 4, unit: 'weeks' };

export function makePhase(overrides: Record<string, unknown> = {}) {
  return {
    id: 'induction',
    title: 'Induction',
    shortTitle: 'Induction',
    kind: 'treatment',
    summary: 'First phase.',
    goal: 'Remission.',
    duration: { adult: DURATION, child: DURATION, neutral: DURATION },
    settings: ['hospital'],
    sourceIds: ['nci'],
    ...overrides,
  };
}

export function makeStep(overrides: Record<string, unknown> = {}) {
  return {
    id: 'first-step',
    phaseId: 'induction',
    title: 'First step',
    summary: 'A summary.',
    sections: {
      whatHappens: 'Something.',
      why: 'A reason.',
      howLong: 'A while.',
      where: 'Clinic.',
    },
    audience: 'both',
    situations: ['newly-diagnosed'],
    sourceIds: ['nci'],
    reviewedAt: '2026-01-01',
    ...overrides,
  };
}

export function makeTeachBack(overrides: Record<string, unknown> = {}) {
  return {
    id: 'induction-goal',
    phaseId: 'induction',
    prompt: 'What is this phase trying to do?',
    listenFor: ['Clear the leukemia.', 'Reach remission.'],
    stepIds: ['first-step'],
    sourceIds: ['nci'],
    ...overrides,
  };
}

export function makeSign(overrides: Record<string, unknown> = {}) {
  return {
    urgency: 'call-now',
    text: 'A fever, chills or shaking',
    sourceIds: ['nci'],
    ...overrides,
  };
}

export function makeWarningSet(overrides: Record<string, unknown> = {}) {
  return {
    id: 'during-treatment',
    kind: 'shared',
    title: 'Anyone on treatment',
    signs: [makeSign()],
    ...overrides,
  };
}

export function makeCareTopic(overrides: Record<string, unknown> = {}) {
  return {
    id: 'fever',
    title: 'Fever',
    summary: 'What to do.',
    teachingTime: 'first-discharge',
    audience: 'both',
    body: 'Call your team.',
    sourceIds: ['nci'],
    reviewedAt: '2026-01-01',
    ...overrides,
  };
}

export const VINCRISTINE_SIGNS = makeWarningSet({
  id: 'vincristine',
  kind: 'medicine',
  title: 'Vincristine',
  medicineIds: ['vincristine'],
});

export const MEDICINE = {
  id: 'vincristine',
  name: 'Vincristine',
  modalityIds: ['chemotherapy'],
  what: 'A chemotherapy medicine.',
  usedFor: 'Induction.',
  sourceIds: ['nci'],
};

export function makeCollections(
  overrides: Partial<Collections> = {},
): Collections {
  return {
    sources: [makeSource()],
    glossary: [
      {
        id: 'remission',
        term: 'Remission',
        definition: 'No leukemia found.',
        sourceIds: ['nci'],
      },
    ],
    illustrations: [],
    modalities: [
      {
        id: 'chemotherapy',
        name: 'Chemotherapy',
        summary: 'Medicine.',
        description: 'More.',
        sourceIds: ['nci'],
      },
    ],
    medicines: [],
    tests: [],
    phases: [makePhase()],
    questions: [],
    tracks: [],
    warningSets: [],
    steps: [makeStep()],
    careTopics: [],
    teachBack: [makeTeachBack(), makeTeachBack({ id: 'induction-fever' })],
    ...overrides,
  };
}

export function toRaw(collections: Collections): RawContent {
  return Object.fromEntries(
    Object.entries(collections).map(([name, items]) => [
      name,
      JSON.stringify(items),
    ]),
  ) as RawContent;
}

export function check(overrides: Partial<Collections> = {}) {
  const result = validateContent(toRaw(makeCollections(overrides)));
  return result.ok ? '' : formatIssues(result.issues);
}

export function makeTrack(overrides: Record<string, unknown> = {}) {
  return {
    id: 'cns-prophylaxis',
    title: 'CNS prophylaxis',
    shortTitle: 'CNS',
    summary: 'Protects the brain.',
    why: 'Cells can hide there.',
    segments: [{ phaseId: 'induction', how: 'Spinal tap.' }],
    spansAllTreatmentPhases: true,
    sourceIds: ['nci'],
    ...overrides,
  };
}
