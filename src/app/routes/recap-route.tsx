import { RecapView } from '#src/components/recap/recap-view.tsx';
import { t } from '#src/content/i18n.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function RecapRoute() {
  useDocumentTitle(t('recap.title'));
  return <RecapView />;
}
