import { usePlainText } from '#src/components/content/prose.tsx';
import { t } from '#src/content/i18n.ts';
import { shortDate } from '#src/components/my-journey/estimate-text.ts';
import { useTeachingRecords } from '#src/state/teaching-record.ts';
import { knownTopics } from '#src/content/teaching-topics.ts';
import { topicTitle } from './topic-links.tsx';

/**
 * The saved recaps on the printed handout. Paper is black and white, so a
 * topic to go over again says so in words.
 */
export function HandoutTeachingRecords() {
  const plain = usePlainText();
  const records = useTeachingRecords();
  if (records.length === 0) return null;
  return (
    <section aria-labelledby="handout-taught">
      <h2 id="handout-taught">{t('recap.recordsHeading')}</h2>
      {records.map((record) => (
        <div key={record.date}>
          <h3>{shortDate(record.date)}</h3>
          <ul>
            {knownTopics(record.review).map((topic) => (
              <li key={topic.id}>
                {t('recap.handoutReview', { title: topicTitle(topic, plain) })}
              </li>
            ))}
            {knownTopics(record.taught).map((topic) => (
              <li key={topic.id}>{topicTitle(topic, plain)}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
