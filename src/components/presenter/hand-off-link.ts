/**
 * What "Show on your phone" opens on the family's phone. Once the nurse has
 * marked topics, a recap of the session ("What we covered today"); before
 * that, the page of the topic on screen. Either way the link holds content
 * ids and the situation only, never anything personal, in the language the
 * nurse was showing (/es/…).
 */
import { paths } from '#src/app/paths.ts';
import { topicHref } from '#src/app/topic-href.ts';
import { currentLocale } from '#src/content/i18n.ts';
import { basenameOf } from '#src/content/locale-path.ts';
import type { Locale } from '#src/content/schema.ts';
import { situationParams } from '#src/content/situation.ts';
import { getTeachingTopic, recapParams } from '#src/content/teaching-topics.ts';
import type { SessionSettings } from './presenter-session.ts';
import { coveredTopics, type Marks } from './session-plan.ts';

export type HandOffLink = { kind: 'recap' | 'topic'; url: string };

export function handOffLink(
  origin: string,
  topicId: string,
  topicIds: readonly string[],
  marks: Marks,
  settings: SessionSettings,
  locale: Locale = currentLocale,
): HandOffLink {
  const base = `${origin}${basenameOf(locale)}`;
  const situation = situationParams(settings);
  const { taught, review } = coveredTopics(topicIds, marks);
  if (taught.length > 0) {
    const search = recapParams(situation, taught, review).toString();
    return { kind: 'recap', url: `${base}${paths.recap.getHref()}?${search}` };
  }
  const topic = getTeachingTopic(topicId);
  const path = topic ? topicHref(topic) : paths.step.getHref(topicId);
  const search = situation.toString();
  return { kind: 'topic', url: `${base}${path}${search ? `?${search}` : ''}` };
}
