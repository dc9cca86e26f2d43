import { GlossaryList } from '#src/components/glossary/glossary-list.tsx';
import { t } from '#src/content/i18n.ts';
import { useDocumentTitle } from '#src/hooks/use-document-title.ts';

export function GlossaryRoute() {
  useDocumentTitle(t('app.glossaryTitle'));
  return (
    <div className="page page-narrow">
      <h1>{t('app.glossaryTitle')}</h1>
      <p className="lead">{t('app.glossaryLead')}</p>
      <GlossaryList />
    </div>
  );
}
