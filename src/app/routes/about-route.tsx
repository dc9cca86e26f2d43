import { AboutContent } from '#src/components/layout/about-content.tsx';
import { t } from '#src/content/i18n.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function AboutRoute() {
  useDocumentTitle(t('app.aboutTitle'));
  return <AboutContent />;
}
