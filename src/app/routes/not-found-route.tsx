import { Link } from 'react-router';
import { paths } from '../paths.ts';
import { t } from '#src/content/i18n.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function NotFoundRoute() {
  useDocumentTitle(t('app.notFoundTitle'));
  return (
    <div className="page page-narrow">
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundText')}</p>
      <p>
        <Link className="button button-primary" to={paths.home.getHref()}>
          {t('app.goToOverview')}
        </Link>
      </p>
    </div>
  );
}
