import { t } from '#src/content/i18n.ts';
import { shortDate } from '#src/components/my-journey/estimate-text.ts';
import { useTeachingRecords } from '#src/state/teaching-record.ts';
import { TopicLinks } from './topic-links.tsx';

/**
 * "Topics taught" on My journey: each saved recap, newest day first.
 * Nothing at all until a recap is saved.
 */
export function TeachingRecords() {
  const records = useTeachingRecords();
  if (records.length === 0) return null;
  return (
    <section aria-labelledby="teaching-title">
      <h2 id="teaching-title">{t('recap.recordsHeading')}</h2>
      <p>{t('recap.recordsIntro')}</p>
      {records.map((record) => (
        <section key={record.date} aria-labelledby={`taught-${record.date}`}>
          <h3 id={`taught-${record.date}`}>{shortDate(record.date)}</h3>
          <TopicLinks review={record.review} taught={record.taught} />
        </section>
      ))}
    </section>
  );
}
