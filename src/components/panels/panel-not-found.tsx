import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';

export function PanelNotFound({ id }: { id: string }) {
  return (
    <>
      <h2 id="panel-title">Detail not found</h2>
      <p>
        We could not find <q>{id}</q>. The link may be old or mistyped.
      </p>
      <p>
        <Link to={paths.home.getHref()}>Go to the overview</Link>
      </p>
    </>
  );
}
