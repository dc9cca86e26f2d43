import { t } from '#src/content/i18n.ts';
import { paths } from '../paths.ts';

/** Shown when a page fails to render: a friendly message and a way home. */
export function RouteError() {
  return (
    <div className="page page-narrow" role="alert">
      <h1>{t('app.routeErrorHeading')}</h1>
      <p>{t('app.routeErrorText')}</p>
      <p>
        {/* A full page load, in case the app itself is in a bad state. */}
        <a className="button button-primary" href={paths.home.getHref()}>
          {t('app.goToOverview')}
        </a>
      </p>
    </div>
  );
}
