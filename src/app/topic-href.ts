import type { TeachingTopic } from '#src/content/teaching-topics.ts';
import { paths } from './paths.ts';

/** The page of a teaching topic: a step's page or a care topic's. */
export function topicHref(topic: TeachingTopic) {
  return topic.kind === 'step'
    ? paths.step.getHref(topic.id)
    : paths.careTopic.getHref(topic.id);
}
