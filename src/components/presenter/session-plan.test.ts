import { expect, test } from 'vitest';
import { getCareTopics, journey } from '#src/content/journey.ts';
import { findLocale } from '#src/content/locale-path.ts';
import { MAX_PLAN_TOPICS, RECAP_PARAMS } from '#src/content/teaching-topics.ts';
import { WORDINGS } from '#src/content/schema.ts';
import { handOffLink } from './hand-off-link.ts';
import {
  audienceOf,
  DEFAULT_SETTINGS,
  getSessionSteps,
  getStepScreens,
  settingsFromSearch,
  type SessionSettings,
} from './presenter-session.ts';
import {
  firstDischargePlan,
  getCareScreens,
  getPhaseScreens,
  getPlanScreens,
  getTopicScreens,
  planSearch,
  readPlan,
} from './session-plan.ts';
import { getWhenToCallPages } from './when-to-call-pages.ts';
import { getTeachingTopic } from '#src/content/teaching-topics.ts';

/** About ten screens a topic at most (issue 13: a session fits a visit). */
const SCREENS_PER_TOPIC = 10;

const child: SessionSettings = {
  ...DEFAULT_SETTINGS,
  stage: 'newly-diagnosed',
  who: 'child',
};
const careTopics = getCareTopics();
const [step] = journey.steps;

test('a phase session is the screens of its included steps in journey order, closed by one "When to call" for all it covered', () => {
  const phase = journey.phases[1]!;
  const screens = getPhaseScreens(phase.id, DEFAULT_SETTINGS);
  const steps = getSessionSteps(phase.id, DEFAULT_SETTINGS);
  const audience = audienceOf(DEFAULT_SETTINGS);
  const pages = getWhenToCallPages(
    {
      medicineIds: [...new Set(steps.flatMap((item) => item.medicineIds))],
      warningSetIds: [...new Set(steps.flatMap((item) => item.warningSetIds))],
    },
    audience,
  );
  expect(pages.length).toBeGreaterThan(1);
  expect(screens.map((entry) => entry.screen)).toEqual([
    ...steps.flatMap((item) => getStepScreens(item, 'plain', audience)),
    ...pages.map((page) => ({ kind: 'whenToCall', step: steps.at(-1), page })),
  ]);
  expect([...new Set(screens.map((entry) => entry.topicId))]).toEqual(
    steps.map((item) => item.id),
  );
});

test('every step and care topic fits its screen budget in every wording', () => {
  const ids = [...journey.steps, ...careTopics].map((item) => item.id);
  for (const wording of WORDINGS) {
    const settings: SessionSettings = {
      ...DEFAULT_SETTINGS,
      who: wording === 'child' ? 'child' : 'adult',
      layer: 'detail',
    };
    for (const id of ids) {
      const screens = getTopicScreens(getTeachingTopic(id)!, settings);
      expect(screens.length, id).toBeLessThanOrEqual(SCREENS_PER_TOPIC);
    }
  }
});

test('a care topic shows its summary, then its whole text in parts', () => {
  for (const topic of careTopics) {
    const [summary, ...parts] = getCareScreens(topic, 'adult');
    expect(summary).toEqual({ kind: 'careSummary', topic });
    expect(parts.length).toBeGreaterThan(0);
    const texts = parts.map((part) =>
      part.kind === 'careBody' ? part.part.text : '',
    );
    // Nothing lost, nothing repeated: the parts put back are the text.
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(texts.join('\n\n'))).toEqual(
      words(typeof topic.body === 'string' ? topic.body : topic.body.adult!),
    );
  }
});

test('a plan teaches its topics in order, then one "When to call" for the medicines and signs of them all', () => {
  const care = careTopics.find((topic) => topic.warningSetIds.length > 0)!;
  const withMedicine = journey.steps.find(
    (item) => item.medicineIds.length > 0,
  )!;
  const screens = getPlanScreens([withMedicine.id, care.id], child);
  expect([...new Set(screens.map((entry) => entry.topicId))]).toEqual([
    withMedicine.id,
    care.id,
  ]);
  const pages = getWhenToCallPages(
    {
      medicineIds: withMedicine.medicineIds,
      warningSetIds: [
        ...new Set([...withMedicine.warningSetIds, ...care.warningSetIds]),
      ],
    },
    'child',
  );
  const closing = screens.filter((entry) => entry.screen.kind === 'whenToCall');
  expect(closing.map((entry) => entry.screen)).toEqual(
    pages.map((page) => ({ kind: 'whenToCall', step: withMedicine, page })),
  );
  expect(screens.slice(-closing.length)).toEqual(closing);
});

test('the first-discharge plan is the first treatment phase and the topics for the first time home, for this reader', () => {
  const plan = firstDischargePlan(child);
  expect(journey.phases.find((phase) => phase.id === plan.phaseId)?.kind).toBe(
    'treatment',
  );
  const expected = careTopics.filter(
    (topic) =>
      topic.teachingTime === 'first-discharge' && topic.audience !== 'adult',
  );
  expect(plan.careIds).toEqual(expected.map((topic) => topic.id));
  expect(plan.careIds.length).toBeGreaterThan(0);
});

test('a plan and its marks survive a round trip through the address', () => {
  const plan = [step!.id, careTopics[0]!.id, careTopics[1]!.id];
  const marks = {
    [plan[0]!]: 'understood',
    [plan[1]!]: 'review',
    [plan[2]!]: 'taught',
  } as const;
  const params = new URLSearchParams(planSearch(child, 2, plan, marks));
  expect(settingsFromSearch(params)).toEqual(child);
  expect(params.get('screen')).toBe('2');
  expect(readPlan(params, (ids) => ids ?? [])).toEqual({
    plan,
    topicIds: plan,
    problem: null,
    marks,
  });
});

test('a malformed plan is reported and not used; marks count only for the session', () => {
  const tooMany = journey.steps
    .slice(0, MAX_PLAN_TOPICS + 1)
    .map((item) => item.id)
    .join('.');
  const read = (search: string) =>
    readPlan(new URLSearchParams(search), (ids) => ids ?? []);
  expect(read('plan=%3Cscript%3E').problem?.problem).toBe('garbage');
  expect(read('plan=a..b').problem?.problem).toBe('garbage');
  expect(read(`plan=${tooMany}`)).toMatchObject({
    plan: null,
    problem: { problem: 'too-many' },
  });
  expect(read(`plan=${step!.id}.no-such-topic`)).toMatchObject({
    plan: [step!.id],
    problem: { problem: 'unknown', unknownCount: 1 },
  });
  const other = journey.steps[1]!.id;
  expect(read(`plan=${step!.id}&taught=${other}`).marks).toEqual({});
});

test('after marks, "Show on your phone" opens the recap: taught topics and those to go over again', () => {
  const [a, b, c] = [step!.id, careTopics[0]!.id, careTopics[1]!.id];
  const link = handOffLink(
    'https://guide.example',
    a,
    [a, b, c],
    { [a]: 'understood', [b]: 'review' },
    child,
  );
  expect(link.kind).toBe('recap');
  const url = new URL(link.url);
  expect(url.origin + url.pathname).toBe('https://guide.example/recap');
  expect(url.searchParams.get(RECAP_PARAMS.taught)).toBe(a);
  expect(url.searchParams.get(RECAP_PARAMS.review)).toBe(b);
  expect(url.searchParams.get('who')).toBe('child');
  expect(url.searchParams.get('stage')).toBe('newly-diagnosed');
  expect(url.searchParams.has('layer')).toBe(false);
});

test('before marks, "Show on your phone" opens the topic on screen, in the language shown', () => {
  const spanish = findLocale('es')!;
  expect(
    handOffLink('https://guide.example', step!.id, [step!.id], {}, child).url,
  ).toBe(
    `https://guide.example/steps/${step!.id}?stage=newly-diagnosed&who=child`,
  );
  const care = careTopics[0]!;
  expect(
    handOffLink(
      'https://guide.example',
      care.id,
      [care.id],
      {},
      DEFAULT_SETTINGS,
      spanish,
    ).url,
  ).toBe(`https://guide.example/es/care/${care.id}?who=adult`);
});
