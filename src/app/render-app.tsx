import { StrictMode, startTransition, useEffect, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadRouteFor } from './app-routes.tsx';

/**
 * Once the app's first render is on the page and listening, drops the
 * prerendered mark and marks the root started (what the browser tests wait
 * for). Effects run children first, so by this one every key and swipe
 * handler of the page is attached; a layout effect ran before them, and a
 * key pressed in between was lost.
 */
function Started({
  root,
  children,
}: {
  root: HTMLElement;
  children: ReactNode;
}) {
  useEffect(() => {
    root.removeAttribute('data-prerendered');
    root.setAttribute('data-started', '');
  }, [root]);
  return children;
}

/**
 * Starts the app on the page. A prerendered page already shows its text, and
 * the app takes it over where it stands (hydration) instead of building it
 * again: no second layout, no second paint of the same picture. The page's
 * route code is loaded first, so nothing suspends on the way.
 *
 * A reader with saved settings (a situation, the parent wording) needs a
 * page that differs from the fresh-visitor copy. Zustand hands React the
 * store's first state while hydrating and the reader's own state right
 * after; where a page still differs (a wide screen opens the step list),
 * React builds that page anew. That is expected, not an error, so it is
 * not reported.
 *
 * Hydration runs as a transition, which React splits into short pieces:
 * the page is already readable, and a slow phone's main thread never stops
 * for the whole of it. The shell (any page not prerendered, and every page
 * offline) has nothing to take over: React builds it at once, not as a
 * transition, to paint as soon as it can. (One call for both keeps
 * createRoot's code out of the first load, which sits at its budget.)
 */
export async function renderApp(
  root: HTMLElement,
  basename: string,
  pathname: string,
) {
  await preloadRouteFor(pathname);
  const app = (
    <StrictMode>
      <Started root={root}>
        <App basename={basename} />
      </Started>
    </StrictMode>
  );
  const start = () => {
    hydrateRoot(root, app, { onRecoverableError() {} });
  };
  if (root.hasAttribute('data-prerendered')) startTransition(start);
  else start();
}
