import { Fragment } from 'react';
import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t, tParts } from '#src/content/i18n.ts';
import { journey } from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';

type StepNotFoundProps = { stepId: string };

/** An unknown step id: say so plainly and offer the way back. */
export function StepNotFound({ stepId }: StepNotFoundProps) {
  const plain = usePlainText();
  return (
    <div className="page page-narrow">
      <h1>{t('step.notFoundTitle')}</h1>
      <p>
        {tParts('step.notFoundText', { stepId: <q>{stepId}</q> }).map(
          (part, i) => (
            <Fragment key={i}>{part}</Fragment>
          ),
        )}
      </p>
      <p>
        <Link className="button button-primary" to={paths.home.getHref()}>
          {t('step.goToOverview')}
        </Link>
      </p>
      <h2>{t('step.phaseStartsTitle')}</h2>
      <ul>
        {journey.phases.map((phase) => {
          const first = journey.steps.find((step) => step.phaseId === phase.id);
          return first ? (
            <li key={phase.id}>
              <Link to={paths.step.getHref(first.id)}>
                {plain(phase.title)}
              </Link>
            </li>
          ) : null;
        })}
      </ul>
    </div>
  );
}
