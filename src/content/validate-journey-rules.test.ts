import { expect, test } from 'vitest';
import {
  makePhase,
  makeStep,
  makeTeachBack,
  makeCollections,
  toRaw,
  check,
  makeTrack,
  makeCareTopic,
} from '#tests/content/content-factories.ts';
import { formatIssues, validateContent } from './validate.ts';

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

test("a care topic may not share a step's id: teaching plans name both by id", () => {
  expect(
    check({
      steps: [makeStep({ id: 'fever' })],
      careTopics: [makeCareTopic({ id: 'fever' })],
    }),
  ).toContain(
    'careTopics[0].id: care topic id "fever" is also a step id; teaching plans name both by id',
  );
});
