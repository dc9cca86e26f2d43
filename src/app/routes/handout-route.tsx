import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { Handout } from '#src/components/my-journey/handout.tsx';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function HandoutRoute() {
  useDocumentTitle('Handout');
  return (
    <div className="page page-narrow handout-page">
      <h1>My ALL treatment journey</h1>
      <div className="button-row no-print">
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.print()}
        >
          Print
        </button>
        <Link className="button" to={paths.myJourney.getHref()}>
          Back to My journey
        </Link>
      </div>
      <Handout />
    </div>
  );
}
