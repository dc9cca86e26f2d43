import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadRouteFor } from './app-routes.tsx';

/**
 * Renders the app over the page. A prerendered page already shows its text;
 * loading the page's route code first means the first render is the whole
 * page, which replaces the prerendered copy in one step instead of
 * flashing "Loading…" in between.
 */
/** Drops the prerendered mark once the app's first render is on the page. */
function Started({
  root,
  children,
}: {
  root: HTMLElement;
  children: ReactNode;
}) {
  useLayoutEffect(() => root.removeAttribute('data-prerendered'), [root]);
  return children;
}

export async function renderApp(
  root: HTMLElement,
  basename: string,
  pathname: string,
) {
  await preloadRouteFor(pathname);
  createRoot(root).render(
    <StrictMode>
      <Started root={root}>
        <App basename={basename} />
      </Started>
    </StrictMode>,
  );
}
