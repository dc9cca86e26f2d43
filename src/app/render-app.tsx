import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadRouteFor } from './app-routes.tsx';

/**
 * Renders the app over the page. A prerendered page already shows its text;
 * loading the page's route code first means the first render is the whole
 * page, which replaces the prerendered copy in one step instead of
 * flashing "Loading…" in between.
 */
export async function renderApp(
  root: HTMLElement,
  basename: string,
  pathname: string,
) {
  await preloadRouteFor(pathname);
  createRoot(root).render(
    <StrictMode>
      <App basename={basename} />
    </StrictMode>,
  );
}
