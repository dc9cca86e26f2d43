import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import { readRecap } from '#src/content/teaching-topics.ts';
import { saveTeachingRecord } from '#src/state/teaching-record.ts';
import { TopicLinks } from './topic-links.tsx';

/**
 * "What we covered today": the topics of a bedside session, from the link
 * a nurse hands the family (issue 13). A link that cannot be read says so
 * and offers nothing to save; nothing already saved is touched until the
 * reader saves.
 */
export function RecapView() {
  const { search } = useLocation();
  const recap = useMemo(() => readRecap(new URLSearchParams(search)), [search]);
  const [isSaved, setIsSaved] = useState(false);
  const isUnreadable =
    recap.problem === 'garbage' || recap.problem === 'too-many';
  const hasTopics = recap.taught.length + recap.review.length > 0;
  const unknownNote =
    recap.unknownCount > 0 ? (
      <p>{t('recap.unknown', { count: recap.unknownCount })}</p>
    ) : null;

  function handleSave() {
    saveTeachingRecord({ taught: recap.taught, review: recap.review });
    setIsSaved(true);
  }

  if (isUnreadable || !hasTopics) {
    return (
      <div className="page page-narrow recap">
        <h1>{t('recap.title')}</h1>
        <div className="callout">
          <p>{isUnreadable ? t('recap.unreadable') : t('recap.noTopics')}</p>
          {unknownNote}
          <p>
            <Link className="button" to={paths.home.getHref()}>
              {t('app.goToOverview')}
            </Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="page page-narrow recap">
      <h1>{t('recap.title')}</h1>
      <p className="lead">{t('recap.lead')}</p>
      {unknownNote}
      {recap.review.length > 0 ? (
        <section aria-labelledby="recap-review">
          <h2 id="recap-review">{t('recap.reviewHeading')}</h2>
          <p>{t('recap.reviewIntro')}</p>
          <TopicLinks review={recap.review} />
        </section>
      ) : null}
      {recap.taught.length > 0 ? (
        <section aria-labelledby="recap-covered">
          <h2 id="recap-covered">{t('recap.coveredHeading')}</h2>
          <TopicLinks taught={recap.taught} />
        </section>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={handleSave}
        >
          {t('recap.save')}
        </button>
      </div>
      <p>{t('recap.saveHint')}</p>
      <p role="status">
        {isSaved ? (
          <>
            {t('recap.saved')}{' '}
            <Link to={paths.myJourney.getHref()}>
              {t('recap.openMyJourney')}
            </Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
