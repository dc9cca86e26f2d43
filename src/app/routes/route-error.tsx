import { paths } from '../paths.ts';

/** Shown when a page fails to render: a friendly message and a way home. */
export function RouteError() {
  return (
    <div className="page page-narrow" role="alert">
      <h1>Sorry, this page could not be shown</h1>
      <p>
        Something went wrong on our side. Your saved progress is safe. Try the
        overview, or reload the page.
      </p>
      <p>
        {/* A full page load, in case the app itself is in a bad state. */}
        <a className="button button-primary" href={paths.home.getHref()}>
          Go to the overview
        </a>
      </p>
    </div>
  );
}
