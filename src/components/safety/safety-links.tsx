import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';

/** The overview's way in to safety: when to call, and caring at home. */
export function SafetyLinks() {
  return (
    <nav className="safety-links" aria-label={t('safety.linksLabel')}>
      <Link className="when-to-call-link" to={paths.whenToCall.getHref()}>
        {t('safety.whenToCallLink')}
      </Link>
      <Link className="button" to={paths.care.getHref()}>
        {t('safety.careLink')}
      </Link>
    </nav>
  );
}
