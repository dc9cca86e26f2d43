import { Link } from 'react-router';
import { paths } from '../paths.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function NotFoundRoute() {
  useDocumentTitle('Page not found');
  return (
    <div className="page page-narrow">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. The link may be old or mistyped.
        Nothing you saved has been lost.
      </p>
      <p>
        <Link className="button button-primary" to={paths.home.getHref()}>
          Go to the overview
        </Link>
      </p>
    </div>
  );
}
