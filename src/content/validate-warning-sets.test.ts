import { expect, test } from 'vitest';
import {
  makeStep,
  makeSign,
  makeWarningSet,
  makeCareTopic,
  VINCRISTINE_SIGNS,
  MEDICINE,
  check,
} from '#tests/content/content-factories.ts';

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

test('a warning sign or advice citing an unknown source names the path and a suggestion', () => {
  const issues = check({
    warningSets: [
      makeWarningSet({
        signs: [makeSign({ sourceIds: ['ncii'] })],
        advice: [{ text: 'Do not wait.', sourceIds: ['nic'] }],
      }),
    ],
  });
  expect(issues).toContain(
    'data/warning-signs.json: warningSets[0].signs[0].sourceIds[0]: unknown source "ncii" (did you mean "nci"?)',
  );
  expect(issues).toContain(
    'warningSets[0].advice[0].sourceIds[0]: unknown source "nic"',
  );
});
