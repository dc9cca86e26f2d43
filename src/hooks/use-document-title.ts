import { useEffect } from 'react';
import { t } from '#src/content/i18n.ts';

function fullTitle(title: string | undefined) {
  return title ? t('app.documentTitle', { title }) : t('app.appName');
}

// Effects never run in the build-time prerender, so the title of the page
// being rendered is kept here for prerender-entry.tsx to put in <title>.
let serverTitle: string | undefined;

function recordServerTitle(title: string | undefined) {
  serverTitle = fullTitle(title);
}

/** Names the page in the browser tab and in screen-reader page announcements. */
export function useDocumentTitle(title: string | undefined) {
  if (typeof document === 'undefined') recordServerTitle(title);
  useEffect(() => {
    document.title = fullTitle(title);
  }, [title]);
}

/** The title the last server render asked for (then forgets it). */
export function takeServerTitle() {
  const title = serverTitle ?? t('app.appName');
  serverTitle = undefined;
  return title;
}
