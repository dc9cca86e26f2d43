import { expect, test } from 'vitest';
import type { CollectionName } from './schema.ts';
import {
  formatIssues,
  validateContent,
  validateUnitProfile,
  type RawContent,
} from './validate.ts';

type Collections = Record<CollectionName, Record<string, unknown>[]>;

function makeSource(overrides: Record<string, unknown> = {}) {
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

function makePhase(overrides: Record<string, unknown> = {}) {
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

function makeStep(overrides: Record<string, unknown> = {}) {
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

function makeTeachBack(overrides: Record<string, unknown> = {}) {
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

function makeSign(overrides: Record<string, unknown> = {}) {
  return {
    urgency: 'call-now',
    text: 'A fever, chills or shaking',
    sourceIds: ['nci'],
    ...overrides,
  };
}

function makeWarningSet(overrides: Record<string, unknown> = {}) {
  return {
    id: 'during-treatment',
    kind: 'shared',
    title: 'Anyone on treatment',
    signs: [makeSign()],
    ...overrides,
  };
}

function makeCareTopic(overrides: Record<string, unknown> = {}) {
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

const VINCRISTINE_SIGNS = makeWarningSet({
  id: 'vincristine',
  kind: 'medicine',
  title: 'Vincristine',
  medicineIds: ['vincristine'],
});

const MEDICINE = {
  id: 'vincristine',
  name: 'Vincristine',
  modalityIds: ['chemotherapy'],
  what: 'A chemotherapy medicine.',
  usedFor: 'Induction.',
  sourceIds: ['nci'],
};

function makeCollections(overrides: Partial<Collections> = {}): Collections {
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

function toRaw(collections: Collections): RawContent {
  return Object.fromEntries(
    Object.entries(collections).map(([name, items]) => [
      name,
      JSON.stringify(items),
    ]),
  ) as RawContent;
}

function check(overrides: Partial<Collections> = {}) {
  const result = validateContent(toRaw(makeCollections(overrides)));
  return result.ok ? '' : formatIssues(result.issues);
}

test('a minimal valid journey passes', () => {
  expect(check()).toBe('');
});

test('an unknown phase id names the file, the JSON path and a suggestion', () => {
  expect(check({ steps: [makeStep({ phaseId: 'inductin' })] })).toContain(
    'data/steps.json: steps[0].phaseId: unknown phase "inductin" (did you mean "induction"?)',
  );
});

test('an unknown field is an error, not silently dropped', () => {
  expect(check({ steps: [makeStep({ tilte: 'Typo' })] })).toMatch(
    /data\/steps\.json: steps\[0\]: .*tilte/,
  );
});

test('a wrong type is reported with its path', () => {
  expect(
    check({ steps: [makeStep({ situations: 'newly-diagnosed' })] }),
  ).toContain('data/steps.json: steps[0].situations:');
});

test('malformed JSON names the file and the line', () => {
  const raw = toRaw(makeCollections());
  raw.phases = '[\n  { "id": "induction", }\n]';
  const result = validateContent(raw);
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : formatIssues(result.issues)).toMatch(
    /^data\/phases\.json: is not valid JSON at line 2/,
  );
});

test.each([
  'Induction',
  'two words',
  'trailing-',
  '-leading',
  'under_score',
  '',
])('the id "%s" is rejected because ids are URL slugs', (id) => {
  expect(check({ steps: [makeStep({ id })] })).toContain(
    'data/steps.json: steps[0].id:',
  );
});

test('duplicate ids are rejected', () => {
  expect(check({ steps: [makeStep(), makeStep()] })).toContain(
    'steps[1].id: duplicate step id "first-step"',
  );
});

test('a step without sources is rejected', () => {
  expect(check({ steps: [makeStep({ sourceIds: [] })] })).toContain(
    'steps[0].sourceIds: must cite at least one source',
  );
});

test('a step without a reviewed date is rejected', () => {
  const { reviewedAt: _omitted, ...step } = makeStep();
  expect(check({ steps: [step] })).toContain('steps[0].reviewedAt:');
});

test('a reviewed date that is not YYYY-MM-DD is rejected', () => {
  expect(check({ steps: [makeStep({ reviewedAt: '27/11/2026' })] })).toContain(
    'steps[0].reviewedAt: must be a date written as YYYY-MM-DD',
  );
});

test('a source that is not https is rejected', () => {
  expect(
    check({ sources: [makeSource({ url: 'http://www.cancer.gov/page' })] }),
  ).toContain('data/sources.json: sources[0].url: must be an https:// address');
});

test('a source from a publisher outside the allow-list is rejected', () => {
  expect(
    check({ sources: [makeSource({ url: 'https://example.com/page' })] }),
  ).toContain('sources[0].url: must be from a trusted publisher');
});

test('a reference to an unknown source is rejected', () => {
  expect(check({ steps: [makeStep({ sourceIds: ['ncii'] })] })).toContain(
    'steps[0].sourceIds[0]: unknown source "ncii"',
  );
});

test('references to unknown modalities, tests, medicines, questions and illustrations are rejected', () => {
  const issues = check({
    steps: [
      makeStep({
        modalityIds: ['radiation'],
        testIds: ['mrd'],
        medicineIds: ['imatinib'],
        questionIds: ['why'],
        illustrationIds: ['picture'],
      }),
    ],
  });
  expect(issues).toContain(
    'steps[0].modalityIds[0]: unknown modality "radiation"',
  );
  expect(issues).toContain('steps[0].testIds[0]: unknown test "mrd"');
  expect(issues).toContain(
    'steps[0].medicineIds[0]: unknown medicine "imatinib"',
  );
  expect(issues).toContain('steps[0].questionIds[0]: unknown question "why"');
  expect(issues).toContain(
    'steps[0].illustrationIds[0]: unknown illustration "picture"',
  );
});

test('a glossary mark must name a known term', () => {
  expect(
    check({ steps: [makeStep({ summary: 'The goal is [[remision]].' })] }),
  ).toContain(
    'steps[0].summary: marks unknown glossary term "remision" (did you mean "remission"?)',
  );
});

test('an unbalanced glossary mark is rejected', () => {
  expect(
    check({ steps: [makeStep({ summary: 'The goal is [[remission.' })] }),
  ).toContain('steps[0].summary: has an unbalanced glossary mark');
});

test('adult and child wording must both be given when text differs', () => {
  expect(
    check({ steps: [makeStep({ title: { adult: 'For you' } })] }),
  ).toContain('data/steps.json: steps[0].title:');
});

test('text that differs by audience needs a neutral wording too, for readers who have not said who is treated', () => {
  const wordings = {
    adult: 'Your blood is tested.',
    child: "Your child's blood is tested.",
  };
  expect(check({ steps: [makeStep({ title: wordings })] })).toContain(
    'data/steps.json: steps[0].title:',
  );
  expect(
    check({
      steps: [
        makeStep({ title: { ...wordings, neutral: 'The blood is tested.' } }),
      ],
    }),
  ).toBe('');
});

test('a phase with no steps is rejected', () => {
  expect(
    check({
      phases: [
        makePhase(),
        makePhase({ id: 'maintenance', shortTitle: 'Maintenance' }),
      ],
    }),
  ).toContain('phases[1].id: phase "maintenance" has no steps');
});

test('steps of one phase must follow one another and follow phase order', () => {
  const phases = [makePhase(), makePhase({ id: 'maintenance' })];
  const issues = check({
    phases,
    steps: [
      makeStep({ id: 'a', phaseId: 'maintenance' }),
      makeStep({ id: 'b', phaseId: 'induction' }),
      makeStep({ id: 'c', phaseId: 'maintenance' }),
    ],
  });
  expect(issues).toContain(
    'steps[1].phaseId: phase "induction" comes before "maintenance"',
  );
  expect(issues).toContain(
    'steps[2].phaseId: steps of phase "maintenance" must follow one another',
  );
});

test('a duration range needs min, max and unit together, with min ≤ max', () => {
  const issues = check({
    phases: [
      makePhase({
        duration: {
          adult: { label: 'Weeks', min: 4 },
          child: { label: 'Weeks', min: 6, max: 4, unit: 'weeks' },
          neutral: { label: 'Weeks' },
        },
      }),
    ],
  });
  expect(issues).toContain(
    'phases[0].duration.adult: min, max and unit go together',
  );
  expect(issues).toContain(
    'phases[0].duration.child.min: min (6) is larger than max (4)',
  );
});

function makeTrack(overrides: Record<string, unknown> = {}) {
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

test('a track segment must name a known phase', () => {
  expect(
    check({
      tracks: [makeTrack({ segments: [{ phaseId: 'inductoin', how: 'x' }] })],
    }),
  ).toContain('tracks[0].segments[0].phaseId: unknown phase "inductoin"');
});

test('track segments must follow phase order', () => {
  const phases = [makePhase(), makePhase({ id: 'maintenance' })];
  const steps = [makeStep(), makeStep({ id: 'b', phaseId: 'maintenance' })];
  const tracks = [
    makeTrack({
      segments: [
        { phaseId: 'maintenance', how: 'Later.' },
        { phaseId: 'induction', how: 'Earlier.' },
      ],
    }),
  ];
  expect(check({ phases, steps, tracks })).toContain(
    'tracks[0].segments[1].phaseId: phase "induction" is out of order',
  );
});

test('a track that must span every treatment phase reports the missing ones', () => {
  const phases = [makePhase(), makePhase({ id: 'maintenance' })];
  const steps = [makeStep(), makeStep({ id: 'b', phaseId: 'maintenance' })];
  expect(check({ phases, steps, tracks: [makeTrack()] })).toContain(
    'tracks[0].segments: must span every treatment phase; missing "maintenance"',
  );
});

test('only branch phases may branch from other phases', () => {
  expect(
    check({ phases: [makePhase({ branchesFrom: ['induction'] })] }),
  ).toContain('phases[0].branchesFrom: only a phase of kind "branch"');
});

test('a medicine must belong to a known modality', () => {
  const medicine = {
    id: 'imatinib',
    name: 'Imatinib',
    modalityIds: ['targeted'],
    what: 'A pill.',
    usedFor: 'Ph+ ALL.',
    sourceIds: ['nci'],
  };
  expect(check({ medicines: [medicine] })).toContain(
    'medicines[0].modalityIds[0]: unknown modality "targeted"',
  );
});

test('a question must belong to a known phase', () => {
  const question = {
    id: 'q',
    phaseId: 'relapse',
    text: 'Why?',
    sourceIds: ['nci'],
  };
  expect(check({ questions: [question] })).toContain(
    'questions[0].phaseId: unknown phase "relapse"',
  );
});

test('an illustration whose file is missing is rejected', () => {
  const illustration = {
    id: 'picture',
    file: 'picture.svg',
    alt: 'A picture.',
    caption: 'Caption.',
    sourceIds: ['nci'],
  };
  const result = validateContent(
    toRaw(makeCollections({ illustrations: [illustration] })),
    {
      illustrationExists: () => false,
    },
  );
  expect(result.ok ? '' : formatIssues(result.issues)).toContain(
    'illustrations[0].file: file data/illustrations/picture.svg does not exist',
  );
});

test('a phase with only one teach-back prompt is reported against the teach-back file', () => {
  expect(check({ teachBack: [makeTeachBack()] })).toContain(
    'data/teach-back.json: teachBack: phase "induction" (phases[0]) has 1 teach-back prompts; every phase needs 2 to 3',
  );
});

test('a phase with four teach-back prompts is too many to ask', () => {
  const four = ['a', 'b', 'c', 'd'].map((id) => makeTeachBack({ id }));
  expect(check({ teachBack: four })).toContain('has 4 teach-back prompts');
});

test('a teach-back prompt for an unknown phase names the path and a suggestion', () => {
  expect(
    check({
      teachBack: [
        makeTeachBack(),
        makeTeachBack({ id: 'other', phaseId: 'inducton' }),
      ],
    }),
  ).toContain(
    'data/teach-back.json: teachBack[1].phaseId: unknown phase "inducton" (did you mean "induction"?)',
  );
});

test('a teach-back prompt citing an unknown source or step is reported', () => {
  const result = check({
    teachBack: [
      makeTeachBack(),
      makeTeachBack({ id: 'other', sourceIds: ['nic'], stepIds: ['no-step'] }),
    ],
  });
  expect(result).toContain('teachBack[1].sourceIds[0]: unknown source "nic"');
  expect(result).toContain('teachBack[1].stepIds[0]: unknown step "no-step"');
});

test.each([
  [{ listenFor: ['Only one point.'] }, 'listenFor', 'at least 2 points'],
  [{ prompt: '  ' }, 'prompt', 'must not be empty'],
  [{ sourceIds: [] }, 'sourceIds', 'at least one source'],
  [{ note: 'extra' }, '', 'note'],
])(
  'a malformed teach-back prompt %j is rejected at teachBack[0].%s',
  (override, field, message) => {
    const result = check({
      teachBack: [makeTeachBack(override), makeTeachBack({ id: 'other' })],
    });
    expect(result).toContain(
      `data/teach-back.json: teachBack[0]${field ? `.${field}` : ''}:`,
    );
    expect(result).toContain(message);
  },
);

const PHASE_IDS = new Set(['induction', 'maintenance']);
const LOCALE_CODES = new Set(['en', 'es']);

function checkProfile(profile: unknown, file?: string) {
  const result = validateUnitProfile(
    JSON.stringify(profile),
    PHASE_IDS,
    LOCALE_CODES,
    file,
  );
  return result.ok ? '' : formatIssues(result.issues);
}

function makeUnitProfile(overrides: Record<string, unknown> = {}) {
  return {
    unitName: 'Ward 7',
    dayPhone: '+1 (555) 010-0200',
    afterHoursPhone: '555 0100 999',
    dayHours: 'Monday to Friday, 8 am to 5 pm',
    feverTemperature: { value: 100.4, unit: 'F' },
    phaseNotes: { maintenance: 'Clinic is on Tuesdays.' },
    ...overrides,
  };
}

test('an empty unit profile (the default) is valid: every field is optional', () => {
  expect(checkProfile({})).toBe('');
});

test('a complete unit profile is valid', () => {
  expect(checkProfile(makeUnitProfile())).toBe('');
});

test('a unit profile note for an unknown phase names the file, path and a suggestion', () => {
  expect(
    checkProfile(
      makeUnitProfile({ phaseNotes: { maintenence: 'Tuesdays.' } }),
      '/units/ward-7.json',
    ),
  ).toBe(
    '/units/ward-7.json: phaseNotes.maintenence: unknown phase "maintenence" (did you mean "maintenance"?)',
  );
});

test.each([
  [{ dayPhone: 'call the ward' }, 'dayPhone', 'must be a phone number'],
  [{ afterHoursPhone: 5550100 }, 'afterHoursPhone', ''],
  [{ feverTemperature: { value: 38 } }, 'feverTemperature.unit', ''],
  [
    { feverTemperature: { value: 38, unit: 'F' } },
    'feverTemperature.value',
    '38 °F is not a plausible fever temperature',
  ],
  [
    { feverTemperature: { value: 100.4, unit: 'C' } },
    'feverTemperature.value',
    '100.4 °C is not a plausible fever temperature',
  ],
  [{ feverTemperature: { value: 38, unit: 'K' } }, 'feverTemperature.unit', ''],
  [{ unitName: '' }, 'unitName', 'must not be empty'],
  [{ phaseNotes: { maintenance: '' } }, 'phaseNotes.maintenance', ''],
])(
  'a malformed unit profile %j is rejected at %s',
  (override, path, message) => {
    const result = checkProfile(makeUnitProfile(override));
    expect(result).toContain(`data/unit-profile.json: ${path}: ${message}`);
  },
);

test("a unit's name, hours and notes may be given per language", () => {
  expect(
    checkProfile(
      makeUnitProfile({
        dayHours: { en: 'Weekdays, 8 to 5', es: 'Entre semana, de 8 a 5' },
        phaseNotes: { maintenance: { es: 'La consulta es los martes.' } },
      }),
    ),
  ).toBe('');
});

test('a unit text in a language the app does not offer names the path and the languages it does', () => {
  expect(
    checkProfile(
      makeUnitProfile({ dayHours: { en: 'Weekdays', fr: 'Semaine' } }),
    ),
  ).toBe(
    'data/unit-profile.json: dayHours.fr: unknown language "fr" (the app offers en, es)',
  );
});

test.each([
  [{ dayHours: {} }, 'dayHours', 'at least one language'],
  [{ unitName: 7 }, 'unitName', 'must be text, or an object of texts'],
])('a malformed unit text %j is rejected at %s', (override, path, message) => {
  expect(checkProfile(makeUnitProfile(override))).toContain(
    `data/unit-profile.json: ${path}: `,
  );
  expect(checkProfile(makeUnitProfile(override))).toContain(message);
});

test('an unknown unit profile field is an error, not silently dropped', () => {
  expect(checkProfile({ nightPhone: '555 0100' })).toMatch(
    /data\/unit-profile\.json: .*nightPhone/,
  );
});

test('a unit profile that is not JSON names the file', () => {
  const result = validateUnitProfile('{"dayPhone": ', PHASE_IDS, LOCALE_CODES);
  expect(result.ok ? '' : formatIssues(result.issues)).toMatch(
    /^data\/unit-profile\.json: is not valid JSON/,
  );
});

test('warning signs and care topics that follow the rules pass', () => {
  expect(
    check({
      medicines: [MEDICINE],
      warningSets: [
        makeWarningSet(),
        VINCRISTINE_SIGNS,
        makeWarningSet({ id: 'central-line', kind: 'step', title: 'Line' }),
      ],
      steps: [makeStep({ warningSetIds: ['central-line'] })],
      careTopics: [makeCareTopic({ warningSetIds: ['central-line'] })],
    }),
  ).toBe('');
});

test('a warning sign without a source names the file and the path', () => {
  expect(
    check({
      warningSets: [makeWarningSet({ signs: [makeSign({ sourceIds: [] })] })],
    }),
  ).toContain(
    'data/warning-signs.json: warningSets[0].signs[0].sourceIds: must cite at least one source',
  );
});

test('an unknown urgency group names the file, the path and the groups', () => {
  expect(
    check({
      warningSets: [makeWarningSet({ signs: [makeSign({ urgency: 'soon' })] })],
    }),
  ).toContain(
    'data/warning-signs.json: warningSets[0].signs[0].urgency: must be one of "emergency", "call-now", "same-day"',
  );
});

test('an unknown teaching-time tag names the file, the path and the tags', () => {
  expect(
    check({ careTopics: [makeCareTopic({ teachingTime: 'week-one' })] }),
  ).toContain(
    'data/care-topics.json: careTopics[0].teachingTime: must be one of "first-discharge", "first-month", "before-end"',
  );
});

test('a medicine without warning signs is rejected', () => {
  expect(
    check({ medicines: [MEDICINE], warningSets: [makeWarningSet()] }),
  ).toContain(
    'data/medicines.json: medicines[0].id: medicine "vincristine" has no warning signs in data/warning-signs.json',
  );
});

test("a step listing a medicine's warning set is told to list the medicine", () => {
  expect(
    check({
      medicines: [MEDICINE],
      warningSets: [makeWarningSet(), VINCRISTINE_SIGNS],
      steps: [makeStep({ warningSetIds: ['vincristine'] })],
    }),
  ).toContain(
    'data/steps.json: steps[0].warningSetIds[0]: "vincristine" is a medicine\'s set',
  );
});

test('an unknown warning set on a care topic suggests the nearest', () => {
  expect(
    check({
      warningSets: [makeWarningSet()],
      careTopics: [makeCareTopic({ warningSetIds: ['during-treatmnt'] })],
    }),
  ).toContain(
    'data/care-topics.json: careTopics[0].warningSetIds[0]: unknown warning set "during-treatmnt" (did you mean "during-treatment"?)',
  );
});
