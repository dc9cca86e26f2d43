import { Fragment } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t, tParts } from '#src/content/i18n.ts';

export function PanelNotFound({ id }: { id: string }) {
  return (
    <>
      <h2 id="panel-title">{t('panels.notFoundTitle')}</h2>
      <p>
        {tParts('panels.notFoundText', { id: <q>{id}</q> }).map((part, i) => (
          <Fragment key={i}>{part}</Fragment>
        ))}
      </p>
      <p>
        <Link to={paths.home.getHref()}>{t('panels.goToOverview')}</Link>
      </p>
    </>
  );
}
