import { Fragment } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t, tParts } from '#src/content/i18n.ts';

type PresenterNotFoundProps = { stepId: string };

/** An unknown step in a bedside-mode address: say so, offer a fresh start. */
export function PresenterNotFound({ stepId }: PresenterNotFoundProps) {
  return (
    <main id="main" className="presenter-page">
      <h1>{t('presenter.notFoundTitle')}</h1>
      <p>
        {tParts('presenter.notFoundText', { stepId: <q>{stepId}</q> }).map(
          (part, i) => (
            <Fragment key={i}>{part}</Fragment>
          ),
        )}
      </p>
      <p className="presenter-end-actions">
        <Link
          className="button button-primary presenter-big"
          to={paths.presentStart.getHref()}
        >
          {t('presenter.startAgain')}
        </Link>
        <Link className="button presenter-big" to={paths.home.getHref()}>
          {t('presenter.goToGuide')}
        </Link>
      </p>
    </main>
  );
}
