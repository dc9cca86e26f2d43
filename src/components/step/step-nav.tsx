import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import type { Step } from '#src/content/schema.ts';
import { getAdjacentSteps } from '#src/content/journey.ts';
import { usePlainText } from '#src/components/content/prose.tsx';

type StepNavProps = { step: Step };

/** Back and Next are always present; at either end one becomes the overview. */
export function StepNav({ step }: StepNavProps) {
  const { previous, next } = getAdjacentSteps(step);
  const plain = usePlainText();
  return (
    <nav className="step-nav" aria-label="Step">
      {previous ? (
        <Link
          className="button"
          to={paths.step.getHref(previous.id)}
          rel="prev"
          aria-label={`Back: ${plain(previous.title)}`}
        >
          <span aria-hidden="true">← </span>Back
        </Link>
      ) : (
        <Link className="button" to={paths.home.getHref()}>
          <span aria-hidden="true">← </span>Overview
        </Link>
      )}
      <Link
        className="button step-nav-present"
        to={paths.present.getHref(step.id)}
      >
        Bedside mode
      </Link>
      {next ? (
        <Link
          className="button button-primary"
          to={paths.step.getHref(next.id)}
          rel="next"
          aria-label={`Next: ${plain(next.title)}`}
        >
          Next<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <Link className="button button-primary" to={paths.home.getHref()}>
          Back to overview
        </Link>
      )}
    </nav>
  );
}
