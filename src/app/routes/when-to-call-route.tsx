import { t } from '#src/content/i18n.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';
import { WhenToCallPage } from '#src/components/safety/when-to-call-page.tsx';

export function WhenToCallRoute() {
  useDocumentTitle(t('safety.pageTitle'));
  return <WhenToCallPage />;
}
