import { Fragment } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { formatDate, t, tParts } from '#src/content/i18n.ts';
import { getLatestReviewDate } from '#src/content/journey.ts';
import { DisplaySettings } from './display-settings.tsx';

export function SiteFooter() {
  const reviewed = getLatestReviewDate();
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p className="disclaimer">
          {tParts('layout.footerDisclaimer', {
            notAdvice: <strong>{t('layout.footerNotAdvice')}</strong>,
          }).map((part, i) => (
            <Fragment key={i}>{part}</Fragment>
          ))}
        </p>
        {reviewed ? (
          <p>
            {t('layout.footerReviewed', { date: formatDate(reviewed) })}{' '}
            <Link to={paths.about.getHref()}>
              {t('layout.footerAboutLink')}
            </Link>
          </p>
        ) : null}
        <DisplaySettings />
      </div>
    </footer>
  );
}
