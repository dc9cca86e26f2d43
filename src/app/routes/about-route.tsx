import { AboutContent } from '#src/components/layout/about-content.tsx';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function AboutRoute() {
  useDocumentTitle('About this information');
  return <AboutContent />;
}
