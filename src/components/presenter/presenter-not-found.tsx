import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';

type PresenterNotFoundProps = { stepId: string };

/** An unknown step in a bedside-mode address: say so, offer a fresh start. */
export function PresenterNotFound({ stepId }: PresenterNotFoundProps) {
  return (
    <main id="main" className="presenter-page">
      <h1>Step not found</h1>
      <p>
        Bedside mode has no step called <q>{stepId}</q>. The link may be old or
        mistyped.
      </p>
      <p className="presenter-end-actions">
        <Link
          className="button button-primary presenter-big"
          to={paths.presentStart.getHref()}
        >
          Start bedside mode again
        </Link>
        <Link className="button presenter-big" to={paths.home.getHref()}>
          Go to the guide
        </Link>
      </p>
    </main>
  );
}
