import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { Handout } from '#src/components/my-journey/handout.tsx';
import { t } from '#src/content/i18n.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function HandoutRoute() {
  useDocumentTitle(t('app.handoutTitle'));
  return (
    <div className="page page-narrow handout-page">
      <h1>{t('app.handoutHeading')}</h1>
      <div className="button-row no-print">
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.print()}
        >
          {t('app.handoutPrint')}
        </button>
        <Link className="button" to={paths.myJourney.getHref()}>
          {t('app.handoutBack')}
        </Link>
      </div>
      <Handout />
    </div>
  );
}
