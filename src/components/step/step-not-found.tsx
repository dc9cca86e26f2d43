import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { journey } from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';

type StepNotFoundProps = { stepId: string };

/** An unknown step id: say so plainly and offer the way back. */
export function StepNotFound({ stepId }: StepNotFoundProps) {
  const plain = usePlainText();
  return (
    <div className="page page-narrow">
      <h1>Step not found</h1>
      <p>
        We could not find a step called <q>{stepId}</q>. The link may be old or
        mistyped. Nothing you saved has been lost.
      </p>
      <p>
        <Link className="button button-primary" to={paths.home.getHref()}>
          Go to the overview
        </Link>
      </p>
      <h2>Start of each phase</h2>
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
