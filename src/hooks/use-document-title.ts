import { useEffect } from 'react';

const APP_NAME = 'ALL treatment journey';

/** Names the page in the browser tab and in screen-reader page announcements. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – ${APP_NAME}` : APP_NAME;
  }, [title]);
}
