import { Link } from 'react-router';
import { topicHref } from '#src/app/topic-href.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { t } from '#src/content/i18n.ts';
import type { AudienceText } from '#src/content/schema.ts';
import {
  knownTopics,
  topicTitleText,
  type TeachingTopic,
} from '#src/content/teaching-topics.ts';

/** A topic's title in the reader's wording. */
export function topicTitle(
  topic: TeachingTopic,
  plain: (text: AudienceText) => string,
) {
  return plain(topicTitleText(topic));
}

type TopicLinksProps = {
  review?: readonly string[];
  taught?: readonly string[];
};

/**
 * Links to the topics' pages, those to go over again first and flagged in
 * words (not by colour alone).
 */
export function TopicLinks({ review = [], taught = [] }: TopicLinksProps) {
  const plain = usePlainText();
  const items = [
    ...knownTopics(review).map((topic) => ({ topic, isReview: true })),
    ...knownTopics(taught).map((topic) => ({ topic, isReview: false })),
  ];
  return (
    <ul className="topic-links">
      {items.map(({ topic, isReview }) => (
        <li key={topic.id}>
          <Link to={topicHref(topic)}>{topicTitle(topic, plain)}</Link>
          {isReview ? (
            <span className="badge">{t('recap.reviewFlag')}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
