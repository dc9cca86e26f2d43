import { compareText, formatDate, t } from '#src/content/i18n.ts';
import { getLatestReviewDate, journey } from '#src/content/journey.ts';
import { SourceList } from '#src/components/content/source-list.tsx';

/** Where the facts come from, how the text is checked, and its limits. */
export function AboutContent() {
  const reviewed = getLatestReviewDate();
  const sources = [...journey.sources].sort(
    (a, b) =>
      compareText(a.publisher, b.publisher) || compareText(a.title, b.title),
  );
  return (
    <div className="page page-narrow">
      <h1>{t('layout.aboutTitle')}</h1>
      <section aria-labelledby="advice-title" className="callout">
        <h2 id="advice-title">{t('layout.aboutAdviceTitle')}</h2>
        <p>{t('layout.aboutAdviceText')}</p>
      </section>
      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('layout.aboutHowTitle')}</h2>
        <ul>
          <li>{t('layout.aboutHowSources')}</li>
          <li>{t('layout.aboutHowPlain')}</li>
          <li>{t('layout.aboutHowDisagree')}</li>
          <li>{t('layout.aboutHowNoDoses')}</li>
          <li>
            {t('layout.aboutHowReviewed')}
            {reviewed
              ? ` ${t('layout.aboutHowLatestReview', { date: formatDate(reviewed) })}`
              : null}
          </li>
          <li>{t('layout.aboutHowPrivacy')}</li>
        </ul>
      </section>
      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t('layout.aboutSourcesTitle')}</h2>
        <SourceList
          sourceIds={sources.map((source) => source.id)}
          showCheckedDate
        />
      </section>
    </div>
  );
}
