/**
 * A bedside session as a teaching plan: the topics taught (steps and
 * care-at-home topics), their screens, and the nurse's marks. Like the rest
 * of a session, the plan and the marks live in the address only, as topic
 * ids (teaching-topics.ts): nothing is written to a shared tablet.
 *
 * A session without a plan in its address is one phase's steps, as bedside
 * links to a step have always opened.
 */
import type { CareTopic, Wording } from '#src/content/schema.ts';
import { getCareTopics, getTreatmentPhases } from '#src/content/journey.ts';
import {
  knownTopics,
  isCareTopicFor,
  readTopicList,
  writeTopicList,
  type TeachingTopic,
  type TopicList,
} from '#src/content/teaching-topics.ts';
import {
  audienceOf,
  getSessionSteps,
  getStepScreens,
  splitSection,
  type Screen,
  sessionSearch,
  type SessionSettings,
} from './presenter-session.ts';
import { getWhenToCallPages } from './when-to-call-pages.ts';

/**
 * What the nurse noted for a topic: taught; taught and explained back
 * ("teach-back done"); or taught and to go over again.
 */
export const MARKS = ['taught', 'understood', 'review'] as const;
export type Mark = (typeof MARKS)[number];
export type Marks = Readonly<Partial<Record<string, Mark>>>;

export const PLAN_PARAM = 'plan';

/** What the nurse chose at setup: a phase's steps, care topics, or both. */
export type SessionChoice = {
  phaseId: string | null;
  /** Steps of the phase the nurse unticked. */
  leftOutStepIds: readonly string[];
  /** The step the nurse came from, where the session starts. */
  startStepId: string | null;
  careIds: readonly string[];
};

/** One screen of a session, with the topic it belongs to. */
export type SessionEntry = { screen: Screen; topicId: string; index: number };

/** A care topic: its summary, then its text cut where a screen is full. */
export function getCareScreens(topic: CareTopic, audience: Wording): Screen[] {
  const parts = splitSection(topic.body, audience);
  return [
    { kind: 'careSummary', topic },
    ...parts.map((text, index): Screen => ({
      kind: 'careBody',
      topic,
      part: { text, index, count: parts.length },
    })),
  ];
}

export function getTopicScreens(
  topic: TeachingTopic,
  settings: SessionSettings,
): Screen[] {
  const audience = audienceOf(settings);
  return topic.kind === 'step'
    ? getStepScreens(topic.step, settings.layer, audience)
    : getCareScreens(topic.topic, audience);
}

/**
 * Every screen of a session through its topics, in order, closed by one
 * "When to call" composed for all the medicines and signs it covered.
 */
export function getPlanScreens(
  topicIds: readonly string[],
  settings: SessionSettings,
): SessionEntry[] {
  const topics = knownTopics(topicIds);
  const entries = topics.flatMap((topic) =>
    getTopicScreens(topic, settings).map((screen, index) => ({
      screen,
      topicId: topic.id,
      index,
    })),
  );
  const last = topics.at(-1);
  if (!last) return entries;
  const steps = topics.flatMap((topic) =>
    topic.kind === 'step' ? [topic.step] : [],
  );
  const subject = {
    medicineIds: [...new Set(steps.flatMap((step) => step.medicineIds))],
    warningSetIds: [
      ...new Set(
        topics.flatMap((topic) =>
          topic.kind === 'step'
            ? topic.step.warningSetIds
            : topic.topic.warningSetIds,
        ),
      ),
    ],
  };
  // Numbered after the last topic's own screens, so the address names them.
  const base = entries.filter((entry) => entry.topicId === last.id).length;
  getWhenToCallPages(subject, audienceOf(settings)).forEach((page, index) =>
    entries.push({
      screen: { kind: 'whenToCall', step: steps.at(-1), page },
      topicId: last.id,
      index: base + index,
    }),
  );
  return entries;
}

/** A session through one phase: its steps for this situation. */
export function getPhaseScreens(phaseId: string, settings: SessionSettings) {
  return getPlanScreens(
    getSessionSteps(phaseId, settings).map((step) => step.id),
    settings,
  );
}

/** Care topics for this reader, by the time nurses teach them. */
export function getCareTopicsFor(settings: SessionSettings) {
  return getCareTopics().filter((topic) => isCareTopicFor(topic, settings.who));
}

/**
 * What a newly diagnosed family needs before going home the first time:
 * the first treatment phase, and the care topics taught before the first
 * discharge (after the Children's Oncology Group checklist).
 */
export function firstDischargePlan(settings: SessionSettings) {
  const [firstTreatment] = getTreatmentPhases();
  return {
    phaseId: firstTreatment?.id,
    careIds: getCareTopicsFor(settings)
      .filter((topic) => topic.teachingTime === 'first-discharge')
      .map((topic) => topic.id),
  };
}

export type PlanReading = {
  plan: string[] | null;
  /** The session's topics: the plan's, or what `sessionIds` gives without. */
  topicIds: readonly string[];
  /** What was wrong with the plan in the address, if anything. */
  problem: TopicList | null;
  marks: Marks;
};

/**
 * The plan and marks in a session's address. Marks count only for topics
 * the session teaches; a malformed plan is reported, never half-guessed.
 */
export function readPlan(
  params: URLSearchParams,
  sessionIds: (plan: string[] | null) => readonly string[],
): PlanReading {
  const raw = params.get(PLAN_PARAM);
  const list = raw === null ? null : readTopicList(raw);
  const plan =
    list && list.problem !== 'garbage' && list.problem !== 'too-many'
      ? list.ids
      : null;
  const problem = list?.problem ? list : null;
  const used = plan && plan.length > 0 ? plan : null;
  const topicIds = sessionIds(used);
  const inSession = new Set(topicIds);
  const marks: Record<string, Mark> = {};
  for (const mark of MARKS) {
    for (const id of readTopicList(params.get(mark)).ids)
      if (inSession.has(id)) marks[id] = mark;
  }
  return { plan: used, topicIds, problem, marks };
}

/** The plan and marks as query words, beside the situation's. */
export function writePlan(
  params: URLSearchParams,
  plan: readonly string[] | null,
  marks: Marks,
) {
  if (plan) params.set(PLAN_PARAM, writeTopicList(plan));
  for (const mark of MARKS) {
    const ids = Object.keys(marks).filter((id) => marks[id] === mark);
    if (ids.length > 0) params.set(mark, writeTopicList(ids));
  }
  return params;
}

/** Taught topics, and those to go over again, for the family's recap. */
export function coveredTopics(order: readonly string[], marks: Marks) {
  const marked = order.filter((id) => marks[id] !== undefined);
  return {
    taught: marked,
    review: marked.filter((id) => marks[id] === 'review'),
  };
}

/** A session's own query: situation, layer, plan, marks, then the screen. */
export function planSearch(
  settings: SessionSettings,
  screen: number | 'end',
  plan: readonly string[] | null,
  marks: Marks,
) {
  const params = new URLSearchParams(sessionSearch(settings, screen));
  params.delete('screen');
  writePlan(params, plan, marks);
  params.set('screen', String(screen));
  return params.toString();
}
