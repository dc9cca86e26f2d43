import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { getLatestReviewDate } from '#src/content/journey.ts';
import { formatDate } from '#src/components/ui/format-date.ts';
import { DisplaySettings } from './display-settings.tsx';

export function SiteFooter() {
  const reviewed = getLatestReviewDate();
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p className="disclaimer">
          <strong>This guide is not medical advice.</strong> It explains what
          treatment often looks like. Your care team decides; your plan may
          differ.
        </p>
        {reviewed ? (
          <p>
            Content reviewed {formatDate(reviewed)}.{' '}
            <Link to={paths.about.getHref()}>
              How this information is written and checked
            </Link>
          </p>
        ) : null}
        <DisplaySettings />
      </div>
    </footer>
  );
}
