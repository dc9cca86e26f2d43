/**
 * What a nurse teaches at the bedside, as topics: each step of the journey
 * and each care-at-home topic. A teaching plan, the marks of a session and
 * the record a family keeps are lists of topic ids, never text, so the link
 * handed to a family's phone stays short enough for a QR code that a phone
 * camera reads at tablet size (issue 13).
 */
import type { AudienceText, CareTopic, Step } from './schema.ts';
import { getCareTopicById, getStepById } from './journey.ts';
import type { Who } from './situation.ts';

export type TeachingTopic =
  | { kind: 'step'; id: string; step: Step }
  | { kind: 'care'; id: string; topic: CareTopic };

/**
 * The most topics a plan or a recap link may name. A session is "one or a
 * few topics"; this leaves room for a whole phase and the first-discharge
 * topics together, and keeps the longest link a QR code a phone can read.
 */
export const MAX_PLAN_TOPICS = 24;

/** Ids are kebab-case slugs, so a dot separates them without escaping. */
export const TOPIC_SEPARATOR = '.';
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const TOPIC_LIST = new RegExp(`^${SLUG}(?:\\.${SLUG})*$`);
/** Longer than any list of MAX_PLAN_TOPICS real ids: read no further. */
const MAX_LIST_LENGTH = 2000;

/** Step and care-topic ids never clash (the content check makes sure). */
export function getTeachingTopic(id: string): TeachingTopic | undefined {
  const step = getStepById(id);
  if (step) return { kind: 'step', id, step };
  const topic = getCareTopicById(id);
  return topic ? { kind: 'care', id, topic } : undefined;
}

/**
 * The topics still in this version of the guide, in their order: a link or
 * a saved record may name a topic a later version removed.
 */
export function knownTopics(ids: readonly string[]) {
  return ids
    .map((id) => getTeachingTopic(id))
    .filter((topic) => topic !== undefined);
}

/** A topic's title, in every wording. */
export function topicTitleText(topic: TeachingTopic): AudienceText {
  return topic.kind === 'step' ? topic.step.title : topic.topic.title;
}

/** A care topic written for everyone, or for this reader's age group. */
export function isCareTopicFor(topic: CareTopic, who: Who | null) {
  if (topic.audience === 'both' || who === null) return true;
  return topic.audience === (who === 'child' ? 'child' : 'adult');
}

/**
 * What was wrong with a list read from a link:
 * - `garbage`: not a list of ids at all (nothing is used);
 * - `too-many`: more than MAX_PLAN_TOPICS ids (nothing is used);
 * - `unknown`: some ids are not in this version of the guide (the rest are
 *   used; `unknownCount` says how many were left out).
 */
export type TopicListProblem = 'garbage' | 'too-many' | 'unknown';

export type TopicList = {
  ids: string[];
  problem: TopicListProblem | null;
  unknownCount: number;
};

/** A list of topic ids from untrusted input (a link), in its order. */
export function readTopicList(value: string | null): TopicList {
  if (value === null || value === '')
    return { ids: [], problem: null, unknownCount: 0 };
  if (value.length > MAX_LIST_LENGTH || !TOPIC_LIST.test(value))
    return { ids: [], problem: 'garbage', unknownCount: 0 };
  const unique = [...new Set(value.split(TOPIC_SEPARATOR))];
  if (unique.length > MAX_PLAN_TOPICS)
    return { ids: [], problem: 'too-many', unknownCount: 0 };
  const ids = unique.filter((id) => getTeachingTopic(id) !== undefined);
  const unknownCount = unique.length - ids.length;
  return { ids, problem: unknownCount > 0 ? 'unknown' : null, unknownCount };
}

export function writeTopicList(ids: readonly string[]) {
  return ids.join(TOPIC_SEPARATOR);
}

/**
 * The query words of a recap link ("What we covered today"): the topics
 * taught, and those the nurse flagged to go over again. A topic is in one
 * list only; the situation travels beside them (situation.ts).
 */
export const RECAP_PARAMS = { taught: 'taught', review: 'review' } as const;

export function recapParams(
  base: URLSearchParams,
  taught: readonly string[],
  review: readonly string[],
) {
  const params = new URLSearchParams(base);
  const reviewed = new Set(review);
  const plain = taught.filter((id) => !reviewed.has(id));
  if (plain.length > 0) params.set(RECAP_PARAMS.taught, writeTopicList(plain));
  if (review.length > 0)
    params.set(RECAP_PARAMS.review, writeTopicList(review));
  return params;
}

/**
 * The topics of a recap link, each list read as readTopicList reads it. A
 * link that is not a list, or names more than MAX_PLAN_TOPICS topics in all,
 * gives none (`problem` says why); a topic in both lists is to go over again.
 */
export type RecapTopics = {
  taught: string[];
  review: string[];
  problem: TopicListProblem | null;
  unknownCount: number;
};

export function readRecap(params: URLSearchParams): RecapTopics {
  const taught = readTopicList(params.get(RECAP_PARAMS.taught));
  const review = readTopicList(params.get(RECAP_PARAMS.review));
  const reviewed = new Set(review.ids);
  const plain = taught.ids.filter((id) => !reviewed.has(id));
  const unreadable = [taught, review].find(
    (list) => list.problem === 'garbage' || list.problem === 'too-many',
  );
  const problem =
    unreadable?.problem ??
    (plain.length + review.ids.length > MAX_PLAN_TOPICS ? 'too-many' : null);
  if (problem) return { taught: [], review: [], problem, unknownCount: 0 };
  const unknownCount = taught.unknownCount + review.unknownCount;
  return {
    taught: plain,
    review: review.ids,
    problem: unknownCount > 0 ? 'unknown' : null,
    unknownCount,
  };
}
